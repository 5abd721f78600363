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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
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
@Route(value = "tenantbeheer/abonnementen", layout = LabLayout.class)
@PageTitle("Abonnementen – Co-creatie Lab")
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class BillingPlansView extends Main {

    private final BillingPlans plans;
    private final TenantBilling billing;
    final Grid<BillingPlan> grid = new Grid<>();
    final Grid<BillingAccount> accounts = new Grid<>();
    final TextField id = new TextField("Korte naam");
    final TextField name = new TextField("Naam");
    final BigDecimalField amount = new BigDecimalField("Prijs (euro)");
    final Select<String> interval = new Select<>();
    final TextField modules = new TextField("Modules (korte namen, gescheiden door komma's)");
    final IntegerField staff = new IntegerField("Medewerkersaccounts");
    final TextField price = new TextField("Prijs-id in Stripe (price_…)");
    final Button save = new Button("Abonnement opslaan");
    final Paragraph message = new Paragraph();

    public BillingPlansView(BillingPlans plans, TenantBilling billing) {
        this.plans = plans;
        this.billing = billing;
        setId("main-content");
        addClassName("rugzak-page");
        message.getElement().setAttribute("role", "status");
        add(new H1("Abonnementen"));
        if (!billing.configured()) {
            add(new Paragraph("Facturatie is niet ingesteld. Alle gemeenten gebruiken het gratis plan van het lab. "
                    + "Abonnementen kunt u wel alvast voorbereiden."));
        }
        grid.addColumn(BillingPlan::name).setHeader("Naam");
        grid.addColumn(p -> TenantBillingView.euros(p.amountCents()) + (p.interval().equals("year") ? " per jaar" : " per maand"))
                .setHeader("Prijs");
        grid.addColumn(p -> String.join(", ", p.modules())).setHeader("Modules");
        grid.addColumn(BillingPlan::staffAccounts).setHeader("Medewerkers");
        grid.addColumn(p -> p.linkedToStripe() ? p.stripePriceId() : "nog geen prijs in Stripe").setHeader("Stripe");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        interval.setLabel("Per");
        interval.setItems("month", "year");
        interval.setItemLabelGenerator(i -> i.equals("year") ? "jaar" : "maand");
        interval.setValue("month");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(grid, new Div(new H2("Abonnement toevoegen of wijzigen"), id, name, amount, interval, modules, staff, price,
                save, message));
        if (billing.configured()) {
            accounts.addComponentColumn(a -> new RouterLink(a.tenant().slug(), TenantBillingView.class,
                    new RouteParameters("slug", a.tenant().slug()))).setHeader("Gemeente");
            accounts.addColumn(a -> (a.state() == SubscriptionState.PAST_DUE ? "Let op: " : "")
                    + SubscriptionState.dutch(a.subscriptionStatus())
                    + (a.suspendedByBilling() ? " (opgeschort)" : "")).setHeader("Status");
            accounts.addColumn(a -> a.planId() == null ? "" : a.planId()).setHeader("Abonnement");
            accounts.setAllRowsVisible(true);
            add(new H2("Gemeenten die betalen"), accounts);
        }
        refresh();
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
            message.setText("Abonnement '" + saved.name() + "' is opgeslagen.");
            refresh();
        } catch (BillingPlans.InvalidPlan e) {
            problems = e.problems();
            message.setText(e.getMessage());
        } catch (BillingException e) {
            message.setText(e.getMessage());
        }
        mark(id, problems.get("id"));
        mark(name, problems.get("name"));
        amount.setInvalid(problems.containsKey("amount"));
        amount.setErrorMessage(problems.get("amount"));
        interval.setInvalid(problems.containsKey("interval"));
        interval.setErrorMessage(problems.get("interval"));
        mark(modules, problems.get("modules"));
        staff.setInvalid(problems.containsKey("staff"));
        staff.setErrorMessage(problems.get("staff"));
        mark(price, problems.get("price"));
    }

    private static void mark(TextField field, String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
    }
}
