package nl.rugzak.platform.participation.budgets.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.budgets.Budget;
import nl.rugzak.platform.participation.budgets.Budgets;
import nl.rugzak.platform.participation.budgets.BudgetsModule;
import nl.rugzak.platform.participation.budgets.Euros;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.EmptyState;

/** Every published budget: open votes first, then upcoming ones, then results. */
@Route(value = "begroting", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(BudgetsModule.ID)
public class BudgetListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Budgets budgets;

    public BudgetListView(Budgets budgets) {
        this.budgets = budgets;
        addClassName("rugzak-budgets");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("budgets.list.title")), new Paragraph(getTranslation("budgets.list.intro")));
        List<Budget> all = budgets.published().stream()
                .sorted(java.util.Comparator.comparingInt((Budget b) -> BudgetBadges.order(b.phase()))).toList();
        if (all.isEmpty()) {
            add(new EmptyState(getTranslation("budgets.list.none")));
            return;
        }
        add(new CardList(all.stream().map(this::card).toList()));
    }

    private Card card(Budget budget) {
        Card card = new Card(Card.Level.H2, budget.title(), budget.link())
                .status(BudgetBadges.of(budget.phase(), getLocale()))
                .meta(Euros.format(budget.totalCents(), getLocale()), BudgetBadges.when(budget, getLocale()))
                .summary(budget.summary());
        budget.projects().stream().filter(p -> p.imageUrl() != null).findFirst()
                .ifPresent(project -> card.image(project.imageUrl(), ""));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budgets.list.title");
    }
}
