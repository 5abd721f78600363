package nl.rugzak.platform.participation.budgets.api;

import static nl.rugzak.platform.participation.ApiResource.item;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.budgets.Budget;
import nl.rugzak.platform.participation.budgets.BudgetPhase;
import nl.rugzak.platform.participation.budgets.BudgetResults;
import nl.rugzak.platform.participation.budgets.Budgets;
import nl.rugzak.platform.participation.budgets.BudgetsModule;
import org.springframework.stereotype.Component;

/**
 * Participatory budgets in the read API: published ones with their projects, and the results once voting is over
 * (the module's own rule: results exist only for a closed budget). Counts only, never who voted what.
 */
@Component
public class BudgetsApi implements ApiResource {

    private final Budgets budgets;
    private final BudgetResults results;

    BudgetsApi(Budgets budgets, BudgetResults results) {
        this.budgets = budgets;
        this.results = results;
    }

    @Override
    public String module() {
        return BudgetsModule.ID;
    }

    @Override
    public String name() {
        return "budgets";
    }

    @Override
    public String description() {
        return "Participatory budgets (buurtbudgetten): the amount, the voting period, the projects residents choose "
                + "from, and the results once voting has closed.";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("id", Type.INTEGER, "Stable id of the budget at this municipality."),
                new Field("title", Type.STRING, "Title."),
                new Field("description", Type.STRING, "Description (Markdown)."),
                new Field("totalCents", Type.INTEGER, "The amount to spend, in euro cents."),
                new Field("votingMethod", Type.STRING, "How residents vote."),
                new Field("phase", Type.STRING, "upcoming, open or closed."),
                new Field("opensAt", Type.DATE_TIME, "When voting opens."),
                new Field("closesAt", Type.DATE_TIME, "When voting closes."),
                new Field("ballots", Type.INTEGER, "How many ballots were cast so far."));
    }

    @Override
    public List<Field> detailFields() {
        return List.of(
                new Field("projects", Type.ARRAY, "The projects to choose from: id, title, summary, costCents."),
                new Field("results", Type.OBJECT, "Once closed: ballots, spentCents and per project its rank, votes "
                        + "and whether it won; null before."));
    }

    @Override
    public List<String> filters() {
        return List.of("phase", "votingMethod");
    }

    @Override
    public List<String> sorts() {
        return List.of("closesAt", "opensAt", "title", "id");
    }

    @Override
    public String defaultSort() {
        return "-closesAt";
    }

    @Override
    public List<Map<String, Object>> list() {
        return budgets.published().stream().filter(b -> b.published() && b.phase() != BudgetPhase.DRAFT)
                .map(BudgetsApi::summary).toList();
    }

    @Override
    public Optional<Map<String, Object>> find(long id) {
        Budget budget;
        try {
            budget = budgets.view(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (!budget.published() || budget.phase() == BudgetPhase.DRAFT) {
            return Optional.empty();
        }
        Map<String, Object> item = summary(budget);
        item.put("projects", budget.projects().stream().map(p -> item("id", p.id(), "title", p.title(),
                "summary", p.summary(), "costCents", p.costCents())).toList());
        item.put("results", budget.phase() != BudgetPhase.CLOSED ? null : results(id));
        return Optional.of(item);
    }

    private Map<String, Object> results(long id) {
        BudgetResults.Results outcome = results.of(id);
        return item("ballots", outcome.ballots(), "spentCents", outcome.spentCents(),
                "projects", outcome.outcomes().stream().map(o -> item("rank", o.rank(), "id", o.tally().projectId(),
                        "title", o.tally().title(), "costCents", o.tally().costCents(), "votes", o.tally().votes(),
                        "won", o.won())).toList());
    }

    private static Map<String, Object> summary(Budget budget) {
        return item("id", budget.id(), "title", budget.title(), "description", budget.description(),
                "totalCents", budget.totalCents(), "votingMethod", lower(budget.method()), "phase", lower(budget.phase()),
                "opensAt", budget.opensAt(), "closesAt", budget.closesAt(), "ballots", budget.ballots(),
                "link", budget.link());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
