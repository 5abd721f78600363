package nl.rugzak.platform.library;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lab's shared library. Municipal staff save a working format of their own site as a template (private to
 * them); a tenant admin shares it; the lab approves it, and from then on every municipality sees and can adopt it.
 * The lab writes templates of its own too. Adopting copies the template into the adopter's site as a draft, in one
 * transaction of that municipality, and records where it went (the link back to the source).
 *
 * <p>Editors may save (they build the projects and surveys worth keeping); only a tenant admin may share with other
 * municipalities or adopt, because both speak for the municipality as a whole. Only the lab approves.
 */
@Service
public class TemplateLibrary {

    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 2000;

    private final TemplateStore store;
    private final Map<String, TemplateKind> kinds;
    private final TenantRegistry registry;
    private final TenantWriteGuard writeGuard;
    private final AuditLog audit;
    private final ObjectProvider<AdoptionObserver> observers;
    private final TransactionTemplate tenantTransaction;

    TemplateLibrary(TemplateStore store, List<TemplateKind> kinds, TenantRegistry registry, TenantWriteGuard writeGuard,
                    AuditLog audit, ObjectProvider<AdoptionObserver> observers, PlatformTransactionManager transactions) {
        this.store = store;
        this.kinds = kinds.stream().collect(Collectors.toMap(TemplateKind::id, kind -> kind, (a, b) -> {
            throw new IllegalStateException("Two template kinds named " + a.id());
        }, LinkedHashMap::new));
        this.registry = registry;
        this.writeGuard = writeGuard;
        this.audit = audit;
        this.observers = observers;
        this.tenantTransaction = new TransactionTemplate(transactions);
    }

    /** The kinds this site offers, each with what could be saved as one. */
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public Map<TemplateKind, List<TemplateKind.TemplateSource>> saveable() {
        TenantContext.require();
        Map<TemplateKind, List<TemplateKind.TemplateSource>> found = new LinkedHashMap<>();
        kinds.values().forEach(kind -> found.put(kind, kind.sources()));
        return found;
    }

    public Optional<TemplateKind> kind(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    /** Saves one of this site's items as a template, private to this municipality until shared. */
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public long save(String kindId, long sourceId, String title, String description, String caseText) {
        TenantId tenant = TenantContext.require();
        writeGuard.requireWritable();
        TemplateKind kind = known(kindId);
        Texts texts = checked(title, description, caseText);
        TemplateBody body = kind.capture(sourceId);
        long id = store.insert(kind.id(), texts.title, texts.description, texts.caseText, tenant.slug(),
                TemplateStatus.PRIVATE, null, body, kind.preview(body));
        audit.record(LabActor.current(), "library.save", tenant.slug(), kind.id() + " " + id, AuditLog.Outcome.SUCCEEDED);
        return id;
    }

    /** Saves the item again as the template's next version (e.g. after improving it); a shared one waits again. */
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public int saveNewVersion(long templateId, long sourceId) {
        TenantId tenant = TenantContext.require();
        writeGuard.requireWritable();
        TemplateStore.Row row = own(templateId, tenant);
        TemplateKind kind = known(row.kind());
        TemplateBody body = kind.capture(sourceId);
        int version = store.addVersion(templateId, body, kind.preview(body));
        if (row.status() == TemplateStatus.APPROVED) {
            // Others keep adopting the approved version until the lab has looked at the new one.
            store.setStatus(templateId, TemplateStatus.PENDING, null);
        }
        return version;
    }

    /** Offers one of this municipality's templates to the others; the lab approves it first. */
    @PreAuthorize("hasRole('tenant-admin')")
    public void share(long templateId) {
        TenantId tenant = TenantContext.require();
        writeGuard.requireWritable();
        TemplateStore.Row row = own(templateId, tenant);
        if (row.status() == TemplateStatus.PENDING || row.status() == TemplateStatus.APPROVED
                && row.approvedVersion() == row.latestVersion()) {
            throw new LibraryException("library.already-shared");
        }
        store.setStatus(templateId, TemplateStatus.PENDING, null);
        audit.record(LabActor.current(), "library.share", tenant.slug(), Long.toString(templateId), AuditLog.Outcome.SUCCEEDED);
    }

    /** What a municipality's staff see: the lab's and approved templates, and their own in any state. */
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<Template> forTenant() {
        TenantId tenant = TenantContext.require();
        return present(store.visibleTo(tenant.slug()), tenant.slug());
    }

    /** Everything, pending first, for the lab. */
    @PreAuthorize("hasRole('lab-admin')")
    public List<Template> forLab() {
        requireLab();
        return present(store.all(), null);
    }

    /** Takes the latest version of a shared template into the library. */
    @PreAuthorize("hasRole('lab-admin')")
    public void approve(long templateId) {
        requireLab();
        TemplateStore.Row row = store.find(templateId).orElseThrow(() -> new LibraryException("library.not-found"));
        if (row.status() != TemplateStatus.PENDING) {
            throw new LibraryException("library.not-pending");
        }
        store.setStatus(templateId, TemplateStatus.APPROVED, row.latestVersion());
        audit.record(LabActor.current(), "library.approve", row.ownerSlug(), templateId + " v" + row.latestVersion(),
                AuditLog.Outcome.SUCCEEDED);
    }

    /** Declines a shared template; its municipality keeps it, others never saw it. */
    @PreAuthorize("hasRole('lab-admin')")
    public void reject(long templateId) {
        requireLab();
        TemplateStore.Row row = store.find(templateId).orElseThrow(() -> new LibraryException("library.not-found"));
        if (row.status() != TemplateStatus.PENDING) {
            throw new LibraryException("library.not-pending");
        }
        // A template approved before keeps its approved version visible; only the new version is declined.
        store.setStatus(templateId, row.approvedVersion() == null ? TemplateStatus.REJECTED : TemplateStatus.APPROVED, null);
        audit.record(LabActor.current(), "library.reject", row.ownerSlug(), Long.toString(templateId), AuditLog.Outcome.SUCCEEDED);
    }

    /** The lab's own template, from any template it can see (e.g. improving a municipality's), approved at once. */
    @PreAuthorize("hasRole('lab-admin')")
    public long copyForLab(long templateId, String title, String description, String caseText) {
        requireLab();
        TemplateStore.Row row = store.find(templateId).orElseThrow(() -> new LibraryException("library.not-found"));
        Texts texts = checked(title, description, caseText);
        TemplateKind kind = known(row.kind());
        TemplateBody body = store.body(templateId, row.latestVersion());
        long id = store.insert(kind.id(), texts.title, texts.description, texts.caseText, null, TemplateStatus.APPROVED,
                null, body, kind.preview(body));
        audit.record(LabActor.current(), "library.lab-template", null, templateId + " -> " + id, AuditLog.Outcome.SUCCEEDED);
        return id;
    }

    /** The lab rewrites the texts of its own templates. */
    @PreAuthorize("hasRole('lab-admin')")
    public void describe(long templateId, String title, String description, String caseText) {
        requireLab();
        TemplateStore.Row row = store.find(templateId).orElseThrow(() -> new LibraryException("library.not-found"));
        if (row.ownerSlug() != null) {
            throw new LibraryException("library.not-lab-template");
        }
        Texts texts = checked(title, description, caseText);
        store.describe(templateId, texts.title, texts.description, texts.caseText);
    }

    /**
     * Copies a template this municipality may see into its site as a draft, in one transaction: a failure anywhere
     * in the copy leaves nothing. Returns what the copy became (e.g. {@code project:12}).
     */
    @PreAuthorize("hasRole('tenant-admin')")
    public String adopt(long templateId) {
        TenantId tenant = TenantContext.require();
        writeGuard.requireWritable();
        TemplateStore.Row row = store.find(templateId).orElseThrow(() -> new LibraryException("library.not-found"));
        // A template another municipality has not shared (or the lab has not approved) does not exist for this one.
        int version = row.versionFor(tenant.slug()).orElseThrow(() -> new LibraryException("library.not-found"));
        TemplateKind kind = known(row.kind());
        TemplateBody body = store.body(templateId, version);
        String localRef = tenantTransaction.execute(status -> {
            String made = kind.adopt(body, new TemplateCopy(kind.id(), observers.orderedStream().toList()));
            // Recorded while the copy's transaction is still open: if recording fails, the copy is rolled back too.
            store.recordAdoption(templateId, version, tenant.slug(), made);
            return made;
        });
        audit.record(LabActor.current(), "library.adopt", tenant.slug(), templateId + " v" + version + " -> " + localRef,
                AuditLog.Outcome.SUCCEEDED);
        return localRef;
    }

    private List<Template> present(List<TemplateStore.Row> rows, String viewer) {
        Map<Long, Integer> versions = new LinkedHashMap<>();
        rows.forEach(row -> row.versionFor(viewer).ifPresent(version -> versions.put(row.id(), version)));
        Map<Long, List<String>> previews = store.previews(versions);
        Map<Long, List<Template.Adoption>> adoptions = store.adoptions().stream()
                .collect(Collectors.groupingBy(TemplateStore.AdoptionRow::templateId, Collectors.mapping(
                        a -> new Template.Adoption(a.tenantSlug(), name(a.tenantSlug()), a.version(),
                                viewer == null || viewer.equals(a.tenantSlug()) ? a.localRef() : "", a.at()),
                        Collectors.toList())));
        return rows.stream().filter(row -> versions.containsKey(row.id()))
                .map(row -> new Template(row.id(), row.kind(), row.title(), row.description(), row.caseText(),
                        row.ownerSlug(), row.ownerSlug() == null ? "" : name(row.ownerSlug()), row.status(),
                        versions.get(row.id()), previews.getOrDefault(row.id(), List.of()),
                        adoptions.getOrDefault(row.id(), List.of()), row.updatedAt()))
                .sorted(Comparator.comparing((Template t) -> !t.fromLab()).thenComparing(t -> t.title().toLowerCase()))
                .toList();
    }

    private String name(String slug) {
        return registry.findBySlug(slug).map(Tenant::displayName).orElse(slug);
    }

    private TemplateStore.Row own(long templateId, TenantId tenant) {
        return store.find(templateId).filter(row -> tenant.slug().equals(row.ownerSlug()))
                .orElseThrow(() -> new LibraryException("library.not-found"));
    }

    private TemplateKind known(String kindId) {
        TemplateKind kind = kinds.get(kindId);
        if (kind == null) {
            throw new LibraryException("library.kind-unknown");
        }
        return kind;
    }

    /** Lab work happens on the admin host only; a tenant's request never reaches it, whatever its roles say. */
    private static void requireLab() {
        if (TenantContext.current().isPresent()) {
            throw new AccessDeniedException("Library approval is the lab's, on the admin host");
        }
    }

    private record Texts(String title, String description, String caseText) {
    }

    private static Texts checked(String title, String description, String caseText) {
        String t = title == null ? "" : title.strip();
        String d = description == null ? "" : description.strip();
        String c = caseText == null ? "" : caseText.strip();
        if (t.length() < 3) {
            throw new LibraryException("library.title-required");
        }
        if (t.length() > MAX_TITLE) {
            throw new LibraryException("library.title-too-long", MAX_TITLE);
        }
        if (d.length() > MAX_TEXT || c.length() > MAX_TEXT) {
            throw new LibraryException("library.text-too-long", MAX_TEXT);
        }
        return new Texts(t, d, c);
    }
}
