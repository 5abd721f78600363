package nl.rugzak.platform.participation.budgets;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets and their projects: residents read published ones, editors make and run them. Once the first ballot exists
 * (a draft too: it was built against these amounts) the method, the amount, the tie rule and the projects' costs are
 * fixed, and projects can no longer be added or removed: every ballot must stay valid against what it was cast on.
 */
@Service
public class Budgets {

    static final String EDITORS = "hasAnyRole('editor', 'tenant-admin')";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final BudgetReader reader;
    private final ModuleManifests manifests;
    private final Clock clock;

    Budgets(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
            BudgetReader reader, ModuleManifests manifests, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.reader = reader;
        this.manifests = manifests;
        this.clock = clock;
    }

    /** The budget as this visitor may see it: published, or any for editors; not found otherwise. */
    @Transactional(readOnly = true)
    public Budget view(long id) {
        modules.require(BudgetsModule.ID);
        return reader.find(id).filter(budget -> budget.published() || isEditor())
                .orElseThrow(() -> new NotFoundException("begroting"));
    }

    /** Published budgets, latest closing first. */
    @Transactional(readOnly = true)
    public List<Budget> published() {
        modules.require(BudgetsModule.ID);
        return reader.list(false);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    public List<Budget> all() {
        modules.require(BudgetsModule.ID);
        return reader.list(true);
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public long create(BudgetDraft draft) {
        writable();
        BudgetDraft clean = checked(draft);
        return jdbc.sql("""
                        INSERT INTO budget (title, description, total_cents, method, max_choices, opens_at, closes_at,
                                            changes_allowed, tie_rule, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(clean.title(), clean.description(), clean.totalCents(), clean.method().name(),
                        clean.maxChoices(), ts(clean.opensAt()), ts(clean.closesAt()), clean.changesAllowed(),
                        clean.tieRule().name(), now(), now())
                .query(Long.class).single();
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public void update(long id, BudgetDraft draft) {
        writable();
        BudgetDraft clean = checked(draft);
        Budget current = lockForChange(id);
        if (current.locked() && (current.totalCents() != clean.totalCents() || current.method() != clean.method()
                || !Objects.equals(current.maxChoices(), clean.maxChoices()) || current.tieRule() != clean.tieRule()
                || current.changesAllowed() != clean.changesAllowed())) {
            throw new InvalidBudgetException("budgets.locked.rules");
        }
        jdbc.sql("""
                        UPDATE budget SET title = ?, description = ?, total_cents = ?, method = ?, max_choices = ?,
                          opens_at = ?, closes_at = ?, changes_allowed = ?, tie_rule = ?, updated_at = ?
                         WHERE id = ?""")
                .params(clean.title(), clean.description(), clean.totalCents(), clean.method().name(),
                        clean.maxChoices(), ts(clean.opensAt()), ts(clean.closesAt()), clean.changesAllowed(),
                        clean.tieRule().name(), now(), id)
                .update();
    }

    /** Residents see the budget from now on; voting starts at its opening time. */
    @Transactional
    @PreAuthorize(EDITORS)
    public void publish(long id) {
        writable();
        Budget budget = lockForChange(id);
        if (budget.projects().isEmpty()) {
            throw new InvalidBudgetException("budgets.publish.no-projects");
        }
        jdbc.sql("UPDATE budget SET published = true, updated_at = ? WHERE id = ?").params(now(), id).update();
    }

    /** Ends voting now (earlier than planned); the results become public. */
    @Transactional
    @PreAuthorize(EDITORS)
    public void closeNow(long id) {
        writable();
        Budget budget = lockForChange(id);
        if (budget.phase() == BudgetPhase.CLOSED) {
            throw new InvalidBudgetException("budgets.close.already-closed");
        }
        jdbc.sql("""
                        UPDATE budget SET closes_at = ?, opens_at = least(opens_at, ?), published = true, updated_at = ?
                         WHERE id = ?""").params(now(), now(), now(), id).update();
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public long addProject(long budgetId, ProjectDraft draft) {
        writable();
        ProjectDraft clean = checked(draft);
        requireOpenForProjects(lockForChange(budgetId));
        return insertProject(budgetId, clean, null, null);
    }

    /** Title and summary may always be improved; the cost only before the first ballot. */
    @Transactional
    @PreAuthorize(EDITORS)
    public void updateProject(long projectId, ProjectDraft draft) {
        writable();
        ProjectDraft clean = checked(draft);
        Budget budget = lockForChange(budgetOf(projectId));
        long cost = budget.projects().stream().filter(p -> p.id() == projectId).findFirst().orElseThrow().costCents();
        if (budget.locked() && cost != clean.costCents()) {
            throw new InvalidBudgetException(Map.of("cost", FieldProblem.textKey("budgets.locked.cost")));
        }
        jdbc.sql("UPDATE budget_project SET title = ?, summary = ?, cost_cents = ? WHERE id = ?")
                .params(clean.title(), clean.summary(), clean.costCents(), projectId).update();
        touch(budget.id());
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public void removeProject(long projectId) {
        writable();
        Budget budget = lockForChange(budgetOf(projectId));
        requireOpenForProjects(budget);
        jdbc.sql("DELETE FROM budget_project WHERE id = ?").param(projectId).update();
        touch(budget.id());
    }

    /**
     * Items of another module (the ideas staff selected) that can become projects of this budget: that module's
     * public items, without those already taken over. Empty when the module does not exist or is off here.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    public List<PublicItems.Item> importable(long budgetId, String module, int limit) {
        modules.require(BudgetsModule.ID);
        reader.find(budgetId).orElseThrow(() -> new NotFoundException("begroting"));
        Optional<PublicItems> items = publicItemsOf(module);
        if (items.isEmpty()) {
            return List.of();
        }
        Set<Long> taken = jdbc.sql("SELECT source_id FROM budget_project WHERE budget_id = ? AND source_module = ?")
                .params(budgetId, module).query(Long.class).set();
        return items.get().recent(limit).stream().filter(item -> !taken.contains(item.id())).toList();
    }

    /**
     * Takes a public item of another module (an idea) over as a project: its title and summary are copied, the
     * reference (module + id) is kept so the project can link back. The cost is the municipality's estimate.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public long importItem(long budgetId, String module, long itemId, Long costCents) {
        writable();
        PublicItems.Item item = publicItemsOf(module).flatMap(items -> items.find(itemId))
                .orElseThrow(() -> new NotFoundException("onderdeel"));
        ProjectDraft clean = checked(new ProjectDraft(cut(item.title(), ProjectDraft.MAX_TITLE),
                cut(item.summary(), ProjectDraft.MAX_SUMMARY), costCents));
        requireOpenForProjects(lockForChange(budgetId));
        boolean taken = jdbc.sql("SELECT count(*) FROM budget_project WHERE budget_id = ? AND source_module = ? AND source_id = ?")
                .params(budgetId, module, itemId).query(Long.class).single() > 0;
        if (taken) {
            throw new InvalidBudgetException("budgets.import.already", clean.title());
        }
        return insertProject(budgetId, clean, module, itemId);
    }

    private Optional<PublicItems> publicItemsOf(String module) {
        if (module == null || !modules.isEnabled(module)) {
            return Optional.empty();
        }
        return manifests.find(module).flatMap(ModuleManifest::publicItems);
    }

    private long insertProject(long budgetId, ProjectDraft clean, String module, Long itemId) {
        long id = jdbc.sql("""
                        INSERT INTO budget_project (budget_id, title, summary, cost_cents, source_module, source_id,
                                                    created_at)
                        VALUES (?, ?, ?, ?, ?, ?, clock_timestamp()) RETURNING id""")
                .params(budgetId, clean.title(), clean.summary(), clean.costCents(), module, itemId)
                .query(Long.class).single();
        touch(budgetId);
        return id;
    }

    private void requireOpenForProjects(Budget budget) {
        if (budget.locked()) {
            throw new InvalidBudgetException("budgets.locked.projects");
        }
    }

    /** Serialises staff changes against the first ballot (which takes a share lock on the same row). */
    private Budget lockForChange(long id) {
        jdbc.sql("SELECT id FROM budget WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("begroting"));
        return reader.find(id).orElseThrow();
    }

    private long budgetOf(long projectId) {
        return jdbc.sql("SELECT budget_id FROM budget_project WHERE id = ?").param(projectId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("project"));
    }

    private void touch(long budgetId) {
        jdbc.sql("UPDATE budget SET updated_at = ? WHERE id = ?").params(now(), budgetId).update();
    }

    private boolean isEditor() {
        return currentUser.visitor().map(CurrentUser.Visitor::canEdit).orElse(false);
    }

    private void writable() {
        modules.require(BudgetsModule.ID);
        currentUser.require();
        writeGuard.requireWritable();
    }

    private static BudgetDraft checked(BudgetDraft draft) {
        var problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidBudgetException(problems);
        }
        return draft.stripped();
    }

    private static ProjectDraft checked(ProjectDraft draft) {
        var problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidBudgetException(problems);
        }
        return draft.stripped();
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text.strip();
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private Timestamp now() {
        return ts(clock.instant());
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    static Set<Long> ids(List<Budget.Project> projects) {
        return projects.stream().map(Budget.Project::id).collect(Collectors.toSet());
    }
}
