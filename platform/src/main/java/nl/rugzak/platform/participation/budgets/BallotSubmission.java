package nl.rugzak.platform.participation.budgets;

import java.util.Set;

/**
 * A resident's choice of projects in one budget. {@code voterId} is who the form was built for: the service refuses a
 * ballot whose voter is not the one logged in (a tampered form or API call), rather than trusting it.
 */
public record BallotSubmission(long budgetId, long voterId, Set<Long> projectIds) {

    public BallotSubmission {
        projectIds = projectIds == null ? Set.of() : Set.copyOf(projectIds);
    }
}
