package nl.rugzak.tenantadmin.billing.ui;

import java.math.BigDecimal;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import nl.rugzak.tenantadmin.console.ui.LabMenuEntry;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.billing.BillingAccount;
import nl.rugzak.tenantadmin.billing.BillingException;
import nl.rugzak.tenantadmin.billing.BillingPlan;
import nl.rugzak.tenantadmin.billing.BillingPlans;
import nl.rugzak.tenantadmin.billing.SubscriptionState;
import nl.rugzak.tenantadmin.billing.TenantBilling;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import nl.rugzak.tenantadmin.identity.TenantRealms;

/** The plans the lab sells, and every municipality's subscription state (overdue payments first). */
@ControlPlaneView
@LabMenuEntry(labelKey = "console.layout.plans", order = 40)
@Route(value = "tenantbeheer/abonnementen", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class BillingPlansView extends Main implements HasDynamicTitle {

    private final BillingPlans plans;
    private final TenantBilling billing;
    final Grid<BillingPlan> grid = new Grid<>();
    final Grid<BillingAccount> accounts = new Grid<>();
    final TextField id = new TextField();
    final TextField name = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final Select<String> interval = new Select<>();
    final TextField modules = new TextField();
    final IntegerField staff = new IntegerField();
    final TextField price = new TextField();
    final Button save = new Button();
    final Paragraph message = new Paragraph();

    public BillingPlansView(BillingPlans plans, TenantBilling billing) {
        this.plans = plans;
        this.billing = billing;
        setId("main-content");
        addClassName("rugzak-page");
        message.getElement().setAttribute("role", "status");
        id.setLabel(getTranslation("billing.plans.id"));
        name.setLabel(getTranslation("billing.plans.name"));
        amount.setLabel(getTranslation("billing.plans.amount"));
        modules.setLabel(getTranslation("billing.plans.modules"));
        staff.setLabel(getTranslation("billing.plans.staff"));
        price.setLabel(getTranslation("billing.plans.price"));
        save.setText(getTranslation("billing.plans.save"));
        add(new H1(getTranslation("billing.plans.heading")));
        if (!billing.configured()) {
            add(new Paragraph(getTranslation("billing.plans.not-configured")));
        }
        grid.addColumn(BillingPlan::name).setHeader(getTranslation("billing.plans.column.name"));
        grid.addColumn(p -> TenantBillingView.price(getLocale(), p)).setHeader(getTranslation("billing.plans.column.price"));
        grid.addColumn(p -> String.join(", ", p.modules())).setHeader(getTranslation("billing.plans.column.modules"));
        grid.addColumn(BillingPlan::staffAccounts).setHeader(getTranslation("billing.plans.column.staff"));
        grid.addColumn(p -> p.linkedToStripe() ? p.stripePriceId() : getTranslation("billing.plans.no-stripe-price"))
                .setHeader(getTranslation("billing.plans.column.stripe"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        interval.setLabel(getTranslation("billing.plans.interval"));
        interval.setItems("month", "year");
        interval.setItemLabelGenerator(i -> getTranslation(i.equals("year") ? "billing.plans.interval.year" : "billing.plans.interval.month"));
        interval.setValue("month");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(grid, new Div(new H2(getTranslation("billing.plans.edit-heading")), id, name, amount, interval, modules, staff, price,
                save, message));
        if (billing.configured()) {
            accounts.addComponentColumn(a -> new RouterLink(a.tenant().slug(), TenantBillingView.class,
                    new RouteParameters("slug", a.tenant().slug()))).setHeader(getTranslation("billing.plans.column.tenant"));
            accounts.addColumn(this::status).setHeader(getTranslation("billing.plans.column.status"));
            accounts.addColumn(a -> a.planId() == null ? "" : a.planId()).setHeader(getTranslation("billing.plans.column.plan"));
            accounts.setAllRowsVisible(true);
            add(new H2(getTranslation("billing.plans.paying-heading")), accounts);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.plans.title");
    }

    private String status(BillingAccount account) {
        String status = SubscriptionState.label(getLocale(), account.subscriptionStatus());
        String key = account.suspendedByBilling() ? "billing.plans.status.suspended"
                : account.state() == SubscriptionState.PAST_DUE ? "billing.plans.status.past-due" : "billing.plans.status.normal";
        return getTranslation(key, status);
    }

    private void refresh() {
        grid.setItems(plans.all());
        if (billing.configured()) {
            accounts.setItems(billing.accounts().stream()
                    .sorted(java.util.Comparator.comparing((BillingAccount a) -> a.state() == SubscriptionState.GOOD)
                            .thenComparing(a -> a.tenant().slug()))
                    .toList());
        }
    }

    private void edit(BillingPlan plan) {
        if (plan == null) {
            return;
        }
        id.setValue(plan.id());
        name.setValue(plan.name());
        amount.setValue(BigDecimal.valueOf(plan.amountCents()).movePointLeft(2));
        interval.setValue(plan.interval());
        modules.setValue(String.join(", ", plan.modules()));
        staff.setValue(plan.staffAccounts());
        price.setValue(plan.stripePriceId() == null ? "" : plan.stripePriceId());
    }

    void save() {
        Map<String, String> problems = Map.of();
        try {
            BillingPlan saved = plans.save(new BillingPlans.PlanForm(id.getValue(), name.getValue(), amount.getValue(),
                    interval.getValue(), modules.getValue(), staff.getValue(), price.getValue()));
            message.setText(getTranslation("billing.plans.saved", saved.name()));
            refresh();
        } catch (BillingPlans.InvalidPlan e) {
            problems = e.problems();
            message.setText(e.messageIn(getLocale()));
        } catch (BillingException e) {
            message.setText(e.messageIn(getLocale()));
        }
        mark(id, problem(problems, "id"));
        mark(name, problem(problems, "name"));
        amount.setInvalid(problems.containsKey("amount"));
        amount.setErrorMessage(problem(problems, "amount"));
        interval.setInvalid(problems.containsKey("interval"));
        interval.setErrorMessage(problem(problems, "interval"));
        mark(modules, problem(problems, "modules"));
        staff.setInvalid(problems.containsKey("staff"));
        staff.setErrorMessage(problem(problems, "staff"));
        mark(price, problem(problems, "price"));
    }

    /** The problem with {@code field} in the visitor's language; null when the field is fine. */
    private String problem(Map<String, String> problems, String field) {
        String key = problems.get(field);
        return key == null ? null : getTranslation(key);
    }

    private static void mark(TextField field, String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
    }
}
