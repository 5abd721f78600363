package nl.rugzak.platform.participation.budgets;

import nl.rugzak.platform.participation.projects.ProjectPhases;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import org.springframework.stereotype.Component;

/**
 * Anyone logged in at this municipality (its own realm, so its own residents) may vote, unless the budget is placed
 * in a project phase "only for residents of the municipality": then only those who confirmed a postcode inside the
 * municipality's ranges. The phase knows where the budget is placed, so the projects module answers.
 */
@Component
class LocalPhaseEligibility implements BallotEligibility {

    private final ProjectPhases phases;

    LocalPhaseEligibility(ProjectPhases phases) {
        this.phases = phases;
    }

    @Override
    public Eligibility check(long budgetId, Visitor voter) {
        return phases.keptOutBy(BudgetsModule.ID, budgetId, voter.residentId())
                .map(phase -> Eligibility.no("budgets.page.local-only", phase.projectLink()))
                .orElseGet(Eligibility::yes);
    }
}
