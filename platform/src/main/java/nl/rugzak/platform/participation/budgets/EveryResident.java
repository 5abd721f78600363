package nl.rugzak.platform.participation.budgets;

import nl.rugzak.platform.residents.CurrentUser.Visitor;
import org.springframework.stereotype.Component;

/**
 * The default rule: anyone logged in at this municipality (its own realm, so its own residents) may vote. The tenant
 * itself is already guaranteed by the host and the realm.
 */
@Component
class EveryResident implements BallotEligibility {

    @Override
    public Eligibility check(long budgetId, Visitor voter) {
        return Eligibility.yes();
    }
}
