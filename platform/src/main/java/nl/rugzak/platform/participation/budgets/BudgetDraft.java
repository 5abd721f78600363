package nl.rugzak.platform.participation.budgets;

import nl.rugzak.tenantadmin.text.UserText;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;

/**
 * What staff fill in for a budget. {@code maxChoices} is only for approval voting. {@code changesAllowed}: whether a
 * submitted ballot may still be changed until voting closes.
 */
public record BudgetDraft(String title, String description, Long totalCents, VotingMethod method, Integer maxChoices,
                          Instant opensAt, Instant closesAt, boolean changesAllowed, TieRule tieRule) {

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public BudgetDraft {
        title = UserText.line(title);
        description = UserText.lines(description);
    }


    public static final int MAX_TITLE = 120;
    public static final int MAX_DESCRIPTION = 10_000;
    /** A hundred million euro: far above any neighbourhood budget, far below overflow. */
    public static final long MAX_TOTAL_CENTS = 10_000_000_000L;
    public static final int MAX_CHOICES = 100;

    Map<String, FieldProblem> problems() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String name = strip(title);
        if (name.isEmpty()) {
            problems.put("title", FieldProblem.textKey("budgets.field.title.empty"));
        } else if (name.length() > MAX_TITLE) {
            problems.put("title", FieldProblem.textKey("budgets.field.title.too-long", MAX_TITLE, name.length()));
        }
        if (strip(description).length() > MAX_DESCRIPTION) {
            problems.put("description", FieldProblem.textKey("budgets.field.description.too-long", MAX_DESCRIPTION,
                    strip(description).length()));
        }
        if (totalCents == null || totalCents <= 0) {
            problems.put("total", FieldProblem.textKey("budgets.field.total.empty"));
        } else if (totalCents > MAX_TOTAL_CENTS) {
            problems.put("total", FieldProblem.textKey("budgets.field.total.too-high"));
        }
        if (method == null) {
            problems.put("method", FieldProblem.textKey("budgets.field.method.empty"));
        } else if (method == VotingMethod.APPROVAL && (maxChoices == null || maxChoices < 1 || maxChoices > MAX_CHOICES)) {
            problems.put("maxChoices", FieldProblem.textKey("budgets.field.max-choices.range", MAX_CHOICES));
        }
        if (opensAt == null) {
            problems.put("opensAt", FieldProblem.textKey("budgets.field.opens.empty"));
        }
        if (closesAt == null) {
            problems.put("closesAt", FieldProblem.textKey("budgets.field.closes.empty"));
        } else if (opensAt != null && !closesAt.isAfter(opensAt)) {
            problems.put("closesAt", FieldProblem.textKey("budgets.field.closes.before-opens"));
        }
        if (tieRule == null) {
            problems.put("tieRule", FieldProblem.textKey("budgets.field.tie-rule.empty"));
        }
        return problems;
    }

    BudgetDraft stripped() {
        return new BudgetDraft(strip(title), strip(description), totalCents, method,
                method == VotingMethod.APPROVAL ? maxChoices : null, opensAt, closesAt, changesAllowed, tieRule);
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
