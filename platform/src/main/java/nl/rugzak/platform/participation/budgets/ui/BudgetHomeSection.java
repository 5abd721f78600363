package nl.rugzak.platform.participation.budgets.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import nl.rugzak.platform.participation.budgets.Budget;
import nl.rugzak.platform.participation.budgets.BudgetPhase;
import nl.rugzak.platform.participation.budgets.Budgets;
import nl.rugzak.platform.participation.budgets.BudgetsModule;
import nl.rugzak.platform.participation.budgets.Euros;
import nl.rugzak.platform.site.ui.HomeSection;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.tenantadmin.text.Texts;

/** On the home page while a budget vote is open: where residents can decide now. Nothing otherwise. */
@org.springframework.stereotype.Component
class BudgetHomeSection implements HomeSection {

    private final Budgets budgets;

    BudgetHomeSection(Budgets budgets) {
        this.budgets = budgets;
    }

    @Override
    public String module() {
        return BudgetsModule.ID;
    }

    @Override
    public Optional<Component> create() {
        List<Budget> open = budgets.published().stream().filter(b -> b.phase() == BudgetPhase.OPEN).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        var ui = com.vaadin.flow.component.UI.getCurrent();
        var locale = Texts.supported(ui == null ? Texts.DUTCH : ui.getLocale());
        Section section = new Section(new H2(Texts.get(locale, "budgets.home.heading")));
        section.addClassName("rugzak-home-budgets");
        section.add(new CardList(open.stream().map(budget -> new Card(Card.Level.H3, budget.title(), budget.link())
                .status(BudgetBadges.of(budget.phase(), locale))
                .meta(Euros.format(budget.totalCents(), locale), BudgetBadges.when(budget, locale))
                .summary(budget.summary())).toList()));
        return Optional.of(section);
    }
}
