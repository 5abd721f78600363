package nl.rugzak.platform.participation.budgets;

import java.time.Instant;
import java.util.Set;

/**
 * The visitor's own ballot in a budget: none yet, a draft they are building, or submitted. {@code mayChange}: they can
 * still change their choice (voting open and, for a submitted ballot, changes allowed). {@code voterId} is their id.
 */
public record MyBallot(State state, long voterId, Set<Long> projectIds, Instant submittedAt, boolean mayChange,
                       Eligibility eligibility) {

    public enum State { NONE, DRAFT, SUBMITTED }

    public MyBallot {
        projectIds = Set.copyOf(projectIds);
    }
}
