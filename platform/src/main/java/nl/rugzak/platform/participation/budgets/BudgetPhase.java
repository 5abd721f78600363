package nl.rugzak.platform.participation.budgets;

import java.time.Instant;

/** Where a budget stands for residents, from its publication and its voting period on the application clock. */
public enum BudgetPhase {
    /** Not published: only staff see it. */
    DRAFT,
    /** Published, voting has not begun. */
    UPCOMING,
    OPEN,
    /** Voting is over: the results are public. */
    CLOSED;

    static BudgetPhase of(boolean published, Instant opensAt, Instant closesAt, Instant now) {
        if (!published) {
            return DRAFT;
        }
        if (now.isBefore(opensAt)) {
            return UPCOMING;
        }
        return now.isBefore(closesAt) ? OPEN : CLOSED;
    }

    public String key() {
        return "budgets.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
