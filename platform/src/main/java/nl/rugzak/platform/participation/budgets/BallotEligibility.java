package nl.rugzak.platform.participation.budgets;

import nl.rugzak.platform.residents.CurrentUser.Visitor;

/**
 * Who may vote in a budget. The seam for eligibility rules from elsewhere: the projects module's phase rule "only
 * residents who confirmed a postcode within the municipality's ranges" comes in as a {@code @Primary} bean of this
 * interface. Without one, every logged-in resident of this municipality may vote ({@link EveryResident}). Asked by
 * the ballot service on every draft and submission, inside its transaction.
 */
public interface BallotEligibility {

    Eligibility check(long budgetId, Visitor voter);
}
