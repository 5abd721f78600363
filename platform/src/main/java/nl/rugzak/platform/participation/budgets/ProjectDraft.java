package nl.rugzak.platform.participation.budgets;

import nl.rugzak.tenantadmin.text.UserText;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;

/** What staff fill in for a project residents can vote for. */
public record ProjectDraft(String title, String summary, Long costCents) {

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public ProjectDraft {
        title = UserText.line(title);
        summary = UserText.lines(summary);
    }


    public static final int MAX_TITLE = 120;
    public static final int MAX_SUMMARY = 1_000;

    Map<String, FieldProblem> problems() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String name = BudgetDraft.strip(title);
        if (name.isEmpty()) {
            problems.put("title", FieldProblem.textKey("budgets.field.project-title.empty"));
        } else if (name.length() > MAX_TITLE) {
            problems.put("title", FieldProblem.textKey("budgets.field.project-title.too-long", MAX_TITLE, name.length()));
        }
        String text = BudgetDraft.strip(summary);
        if (text.length() > MAX_SUMMARY) {
            problems.put("summary", FieldProblem.textKey("budgets.field.summary.too-long", MAX_SUMMARY, text.length()));
        }
        if (costCents == null || costCents <= 0) {
            problems.put("cost", FieldProblem.textKey("budgets.field.cost.empty"));
        } else if (costCents > BudgetDraft.MAX_TOTAL_CENTS) {
            problems.put("cost", FieldProblem.textKey("budgets.field.cost.too-high"));
        }
        return problems;
    }

    ProjectDraft stripped() {
        return new ProjectDraft(BudgetDraft.strip(title), BudgetDraft.strip(summary), costCents);
    }
}
