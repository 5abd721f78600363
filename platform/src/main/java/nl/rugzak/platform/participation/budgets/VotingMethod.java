package nl.rugzak.platform.participation.budgets;

/** How residents divide the budget, and so which rule picks the winners. */
public enum VotingMethod {
    /** Choose any projects whose costs together stay within the budget (shown as a filling bar). */
    KNAPSACK,
    /** Choose at most N projects, whatever they cost. */
    APPROVAL;

    public String key() {
        return "budgets.method." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The published rule by which the winners are chosen, as shown on the page. */
    public String ruleKey() {
        return "budgets.rule." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
