package nl.rugzak.tenantadmin.billing.ui;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
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
import nl.rugzak.tenantadmin.console.ui.TenantDetailView;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantId;

/** A municipality's billing as the lab runs it: customer, subscription, status and recent invoices. */
@ControlPlaneView
@Route(value = "tenantbeheer/gemeente/:slug/facturatie", layout = LabLayout.class)
@PageTitle("Facturatie – Co-creatie Lab")
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class TenantBillingView extends Main implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final TenantRegistry registry;
    private final TenantBilling billing;
    private final BillingPlans plans;
    final Paragraph message = new Paragraph();
    final Button retry = new Button("Opnieuw proberen");
    final TextField invoiceName = new TextField("Naam op de factuur");
    final EmailField invoiceEmail = new EmailField("E-mailadres voor facturen");
    final Select<BillingPlan> plan = new Select<>();
    final RadioButtonGroup<TenantBilling.Payment> payment = new RadioButtonGroup<>("Betaling");
    final IntegerField daysUntilDue = new IntegerField("Betaaltermijn (dagen)");
    final Paragraph status = new Paragraph();
    private Runnable lastAction;
    private TenantId id;

    public TenantBillingView(TenantRegistry registry, TenantBilling billing, BillingPlans plans) {
        this.registry = registry;
        this.billing = billing;
        this.plans = plans;
        setId("main-content");
        addClassName("rugzak-page");
        message.getElement().setAttribute("role", "status");
        retry.addClickListener(click -> {
            if (lastAction != null) {
                run(lastAction);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var tenant = registry.findBySlug(event.getRouteParameters().get("slug").orElse(""));
        if (tenant.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = tenant.get().id();
        render();
    }

    void render() {
        Tenant tenant = registry.find(id).orElseThrow();
        removeAll();
        retry.setVisible(false);
        add(new H1("Facturatie – " + tenant.displayName()), message, retry,
                new RouterLink("Terug naar de gemeente", TenantDetailView.class, new RouteParameters("slug", id.slug())));
        TenantBilling.Overview overview = billing.overview(id);
        if (!overview.configured()) {
            add(new Paragraph("Facturatie is niet ingesteld. Alle gemeenten gebruiken het gratis plan van het lab."));
            return;
        }
        if (overview.account().isEmpty()) {
            add(customerForm(tenant));
            return;
        }
        BillingAccount account = overview.account().get();
        add(state(account, overview), subscriptionForm(account), invoices(overview));
    }

    private Div customerForm(Tenant tenant) {
        invoiceName.setValue(tenant.displayName());
        invoiceName.setMaxLength(200);
        invoiceEmail.setValue(tenant.contact().email() == null ? "" : tenant.contact().email());
        Button create = new Button("Klant maken in Stripe", click -> run(() -> {
            billing.createCustomer(id, invoiceName.getValue(), invoiceEmail.getValue());
            render();
            message.setText("De gemeente is nu klant in Stripe.");
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2("Klant in Stripe"),
                new Paragraph("Deze gemeente is nog geen klant. Zij gebruikt het gratis plan van het lab."),
                invoiceName, invoiceEmail, create);
    }

    private Div state(BillingAccount account, TenantBilling.Overview overview) {
        String planName = account.planId() == null ? "geen" : plans.all().stream()
                .filter(p -> p.id().equals(account.planId())).map(BillingPlan::name).findFirst().orElse(account.planId());
        status.setText("Status: " + SubscriptionState.dutch(account.subscriptionStatus()));
        status.getElement().setAttribute("data-state", account.state().name());
        Div state = new Div(new H2("Abonnement"), status,
                new Paragraph("Abonnement: " + planName),
                new Paragraph("Klant in Stripe: " + account.customerId() + " (" + account.invoiceName() + ", "
                        + account.invoiceEmail() + ")"));
        if (account.state() == SubscriptionState.PAST_DUE) {
            state.add(new Paragraph("Let op: een betaling is achterstallig. Stripe probeert het nog; de beheerders van de "
                    + "gemeente zien een melding."));
        }
        if (account.suspendedByBilling()) {
            state.add(new Paragraph("De gemeente is opgeschort omdat er niet is betaald. Na betaling wordt zij weer actief."));
        } else if (overview.suspensionDue() != null) {
            state.add(new Paragraph("Waarschuwing: zonder betaling wordt de gemeente op " + DATE.format(overview.suspensionDue())
                    + " opgeschort."));
        }
        if (account.checkoutUrl() != null) {
            Anchor checkout = new Anchor(account.checkoutUrl(), "Betaallink voor de gemeente (kaart of SEPA-incasso)");
            checkout.setTarget(AnchorTarget.BLANK);
            state.add(new Paragraph(checkout));
        }
        state.add(new Button("Status opnieuw ophalen uit Stripe", click -> run(() -> {
            billing.resync(id);
            render();
            message.setText("De status is opgehaald uit Stripe.");
        })));
        return state;
    }

    private Div subscriptionForm(BillingAccount account) {
        if (account.subscriptionId() != null && !SubscriptionState.isTerminal(account.subscriptionStatus())) {
            return new Div();
        }
        plan.setLabel("Abonnement");
        plan.setItems(plans.all().stream().filter(BillingPlan::linkedToStripe).toList());
        plan.setItemLabelGenerator(p -> p.name() + " – " + euros(p.amountCents()) + (p.interval().equals("year") ? " per jaar" : " per maand"));
        payment.setItems(TenantBilling.Payment.values());
        payment.setItemLabelGenerator(p -> p == TenantBilling.Payment.INVOICE ? "Per factuur" : "Betaallink (kaart of SEPA-incasso)");
        payment.setValue(TenantBilling.Payment.INVOICE);
        daysUntilDue.setMin(TenantBilling.MIN_DAYS_UNTIL_DUE);
        daysUntilDue.setMax(TenantBilling.MAX_DAYS_UNTIL_DUE);
        daysUntilDue.setValue(30);
        Button start = new Button("Abonnement starten", click -> run(() -> {
            var link = billing.startSubscription(id, plan.getValue() == null ? null : plan.getValue().id(),
                    payment.getValue(), daysUntilDue.getValue() == null ? 0 : daysUntilDue.getValue());
            render();
            message.setText(link.isPresent() ? "De betaallink staat hieronder. Stuur hem naar de gemeente."
                    : "Het abonnement loopt. Stripe stuurt de facturen.");
        }));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2("Abonnement starten"), plan, payment, daysUntilDue, start);
    }

    private Div invoices(TenantBilling.Overview overview) {
        Div section = new Div(new H2("Recente facturen"));
        if (overview.invoicesProblem() != null) {
            section.add(new Paragraph(overview.invoicesProblem()), new Button("Opnieuw laden", click -> render()));
            return section;
        }
        if (overview.invoices().isEmpty()) {
            section.add(new Paragraph("Nog geen facturen."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        overview.invoices().forEach(invoice -> {
            ListItem item = new ListItem((invoice.number() == null ? "concept" : invoice.number()) + " · "
                    + (invoice.createdAt() == null ? "" : DATE.format(invoice.createdAt()) + " · ")
                    + euros(invoice.amountDueCents()) + " · " + invoice.status() + " ");
            if (invoice.hostedUrl() != null) {
                Anchor link = new Anchor(invoice.hostedUrl(), "bekijken");
                link.setTarget(AnchorTarget.BLANK);
                item.add(link);
            }
            list.add(item);
        });
        section.add(list);
        return section;
    }

    static String euros(long cents) {
        return NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL")).format(cents / 100.0);
    }

    private void run(Runnable action) {
        try {
            action.run();
            lastAction = null;
        } catch (BillingException e) {
            message.setText(e.getMessage());
            lastAction = e.retryable() ? action : null;
            retry.setVisible(e.retryable());
        }
    }
}
