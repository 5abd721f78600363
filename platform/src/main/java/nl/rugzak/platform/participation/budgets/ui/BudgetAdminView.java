package nl.rugzak.platform.participation.budgets.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.budgets.Budget;
import nl.rugzak.platform.participation.budgets.Budgets;
import nl.rugzak.platform.participation.budgets.BudgetsModule;
import nl.rugzak.platform.participation.budgets.Euros;
import nl.rugzak.platform.staff.ui.StaffLayout;

/** The back office's list of budgets, drafts included, with the way to a new one. */
@Route(value = "beheer/begroting", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(BudgetsModule.ID)
public class BudgetAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Budgets budgets;

    public BudgetAdminView(Budgets budgets) {
        this.budgets = budgets;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("budgets.admin.title")), new Paragraph(getTranslation("budgets.admin.intro")),
                new Paragraph(new Anchor("/beheer/begroting/nieuw", getTranslation("budgets.admin.new"))));
        UnorderedList list = new UnorderedList();
        for (Budget budget : budgets.all()) {
            list.add(new ListItem(new Anchor("/beheer/begroting/" + budget.id(), budget.title()),
                    new Span(" "), BudgetBadges.of(budget.phase(), getLocale()),
                    new Span(" " + getTranslation("budgets.admin.line", Euros.format(budget.totalCents(), getLocale()),
                            budget.projects().size(), budget.ballots()))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("budgets.admin.none")));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budgets.admin.title");
    }
}
