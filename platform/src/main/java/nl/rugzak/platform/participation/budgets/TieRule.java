package nl.rugzak.platform.participation.budgets;

import java.util.Comparator;

/**
 * Which of two projects with the same number of votes comes first. Published on the page before anyone votes, so a
 * tie is never decided afterwards. Both end on the order in which projects were added, so the order is total.
 */
public enum TieRule {
    /** The cheaper project first (more money left for others), then the one added earlier. */
    LOWER_COST(Comparator.comparingLong(ResultRule.Tally::costCents)
            .thenComparing(ResultRule.Tally::addedAt).thenComparingLong(ResultRule.Tally::projectId)),
    /** The project added earlier first. */
    EARLIER_ADDED(Comparator.comparing(ResultRule.Tally::addedAt).thenComparingLong(ResultRule.Tally::projectId));

    private final Comparator<ResultRule.Tally> order;

    TieRule(Comparator<ResultRule.Tally> order) {
        this.order = order;
    }

    /** Most votes first; equal votes by this rule. */
    Comparator<ResultRule.Tally> ranking() {
        return Comparator.comparingLong(ResultRule.Tally::votes).reversed().thenComparing(order);
    }

    public String key() {
        return "budgets.tie." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
