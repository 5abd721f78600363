package nl.rugzak.platform.participation.budgets;

import nl.rugzak.platform.residents.CurrentUser.Visitor;

/**
 * Who may vote in a budget: {@link LocalPhaseEligibility} (every resident, or only confirmed local residents when a
 * project phase "only for residents of the municipality" holds the budget). Asked by the ballot service on every
 * draft and submission, inside its transaction.
 */
public interface BallotEligibility {

    Eligibility check(long budgetId, Visitor voter);
}
