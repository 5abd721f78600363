package nl.rugzak.platform.participation.budgets;

import java.time.Instant;

/**
 * A budget's rules as one ballot is checked against them: the period, the method with its limit, whether a submitted
 * ballot may change, and of the chosen projects how many belong to this budget ({@code knownProjects}) and what they
 * cost together. Read per ballot instead of the whole budget with all its projects.
 */
record BallotRules(long budgetId, long totalCents, VotingMethod method, Integer maxChoices, Instant opensAt,
                   Instant closesAt, boolean changesAllowed, int knownProjects, long chosenCostCents) {
}
