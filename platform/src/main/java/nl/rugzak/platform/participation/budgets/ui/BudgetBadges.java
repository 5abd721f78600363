package nl.rugzak.platform.participation.budgets.ui;

import java.util.Locale;

import nl.rugzak.platform.participation.budgets.Budget;
import nl.rugzak.platform.participation.budgets.BudgetPhase;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.parts.StatusBadge;
import nl.rugzak.tenantadmin.text.Texts;

/** How a budget's phase and period read on cards and pages. */
final class BudgetBadges {

    private BudgetBadges() {
    }

    static StatusBadge of(BudgetPhase phase, Locale locale) {
        StatusBadge.Tone tone = switch (phase) {
            case OPEN -> StatusBadge.Tone.SUCCESS;
            case UPCOMING -> StatusBadge.Tone.INFO;
            case CLOSED -> StatusBadge.Tone.CLOSED;
            case DRAFT -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(Texts.get(locale, phase.key()), tone);
    }

    /** Open votes first: that is where a resident can do something now. */
    static int order(BudgetPhase phase) {
        return switch (phase) {
            case OPEN -> 0;
            case UPCOMING -> 1;
            case CLOSED -> 2;
            case DRAFT -> 3;
        };
    }

    static String when(Budget budget, Locale locale) {
        return switch (budget.phase()) {
            case UPCOMING, DRAFT -> Texts.get(locale, "budgets.when.opens", Dates.moment(budget.opensAt(), locale));
            case OPEN -> Texts.get(locale, "budgets.when.closes", Dates.moment(budget.closesAt(), locale));
            case CLOSED -> Texts.get(locale, "budgets.when.closed", Dates.day(budget.closesAt(), locale));
        };
    }
}
