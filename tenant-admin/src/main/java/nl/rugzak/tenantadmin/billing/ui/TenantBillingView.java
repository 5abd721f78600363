package nl.rugzak.tenantadmin.billing.ui;

import nl.rugzak.tenantadmin.time.Dates;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
import nl.rugzak.tenantadmin.text.Texts;

/** A municipality's billing as the lab runs it: customer, subscription, status and recent invoices. */
@ControlPlaneView
@Route(value = "tenantbeheer/gemeente/:slug/facturatie", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class TenantBillingView extends Main implements BeforeEnterObserver, HasDynamicTitle {


    private final TenantRegistry registry;
    private final TenantBilling billing;
    private final BillingPlans plans;
    final Paragraph message = new Paragraph();
    final Button retry = new Button();
    final TextField invoiceName = new TextField();
    final EmailField invoiceEmail = new EmailField();
    final Select<BillingPlan> plan = new Select<>();
    final RadioButtonGroup<TenantBilling.Payment> payment = new RadioButtonGroup<>();
    final IntegerField daysUntilDue = new IntegerField();
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
        retry.setText(getTranslation("billing.tenant.retry"));
        invoiceName.setLabel(getTranslation("billing.tenant.invoice-name"));
        invoiceEmail.setLabel(getTranslation("billing.tenant.invoice-email"));
        payment.setLabel(getTranslation("billing.tenant.payment"));
        daysUntilDue.setLabel(getTranslation("billing.tenant.days-until-due"));
        retry.addClickListener(click -> {
            if (lastAction != null) {
                run(lastAction);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.tenant.title");
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
        add(new H1(getTranslation("billing.tenant.heading", tenant.displayName())), message, retry,
                new RouterLink(getTranslation("billing.tenant.back"), TenantDetailView.class, new RouteParameters("slug", id.slug())));
        TenantBilling.Overview overview = billing.overview(id);
        if (!overview.configured()) {
            add(new Paragraph(getTranslation("billing.not-configured")));
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
        Button create = new Button(getTranslation("billing.tenant.create-customer"), click -> run(() -> {
            billing.createCustomer(id, invoiceName.getValue(), invoiceEmail.getValue());
            render();
            message.setText(getTranslation("billing.tenant.customer-created"));
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2(getTranslation("billing.tenant.customer-heading")),
                new Paragraph(getTranslation("billing.tenant.not-a-customer")),
                invoiceName, invoiceEmail, create);
    }

    private Div state(BillingAccount account, TenantBilling.Overview overview) {
        String planName = account.planId() == null ? getTranslation("billing.tenant.no-plan") : plans.all().stream()
                .filter(p -> p.id().equals(account.planId())).map(BillingPlan::name).findFirst().orElse(account.planId());
        status.setText(getTranslation("billing.tenant.status", SubscriptionState.label(getLocale(), account.subscriptionStatus())));
        status.getElement().setAttribute("data-state", account.state().name());
        Div state = new Div(new H2(getTranslation("billing.tenant.subscription-heading")), status,
                new Paragraph(getTranslation("billing.tenant.plan", planName)),
                new Paragraph(getTranslation("billing.tenant.customer", account.customerId(), account.invoiceName(),
                        account.invoiceEmail())));
        if (account.state() == SubscriptionState.PAST_DUE) {
            state.add(new Paragraph(getTranslation("billing.tenant.past-due")));
        }
        if (account.suspendedByBilling()) {
            state.add(new Paragraph(getTranslation("billing.tenant.suspended")));
        } else if (overview.suspensionDue() != null) {
            state.add(new Paragraph(getTranslation("billing.tenant.suspension-due", date().format(overview.suspensionDue()))));
        }
        if (account.checkoutUrl() != null) {
            Anchor checkout = new Anchor(account.checkoutUrl(), getTranslation("billing.tenant.checkout-link"));
            checkout.setTarget(AnchorTarget.BLANK);
            state.add(new Paragraph(checkout));
        }
        state.add(new Button(getTranslation("billing.tenant.resync"), click -> run(() -> {
            billing.resync(id);
            render();
            message.setText(getTranslation("billing.tenant.resynced"));
        })));
        return state;
    }

    private Div subscriptionForm(BillingAccount account) {
        if (account.subscriptionId() != null && !SubscriptionState.isTerminal(account.subscriptionStatus())) {
            return new Div();
        }
        plan.setLabel(getTranslation("billing.tenant.plan-label"));
        plan.setItems(plans.all().stream().filter(BillingPlan::linkedToStripe).toList());
        plan.setItemLabelGenerator(p -> p.name() + " – " + price(getLocale(), p));
        payment.setItems(TenantBilling.Payment.values());
        payment.setItemLabelGenerator(p -> getTranslation(p == TenantBilling.Payment.INVOICE ? "billing.tenant.payment.invoice"
                : "billing.tenant.payment.checkout"));
        payment.setValue(TenantBilling.Payment.INVOICE);
        daysUntilDue.setMin(TenantBilling.MIN_DAYS_UNTIL_DUE);
        daysUntilDue.setMax(TenantBilling.MAX_DAYS_UNTIL_DUE);
        daysUntilDue.setValue(30);
        Button start = new Button(getTranslation("billing.tenant.start"), click -> run(() -> {
            var link = billing.startSubscription(id, plan.getValue() == null ? null : plan.getValue().id(),
                    payment.getValue(), daysUntilDue.getValue() == null ? 0 : daysUntilDue.getValue());
            render();
            message.setText(getTranslation(link.isPresent() ? "billing.tenant.started-checkout" : "billing.tenant.started-invoice"));
        }));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2(getTranslation("billing.tenant.start")), plan, payment, daysUntilDue, start);
    }

    private Div invoices(TenantBilling.Overview overview) {
        Div section = new Div(new H2(getTranslation("billing.tenant.invoices")));
        if (overview.invoicesProblem() != null) {
            section.add(new Paragraph(overview.invoicesProblem().messageIn(getLocale())),
                    new Button(getTranslation("billing.tenant.reload"), click -> render()));
            return section;
        }
        if (overview.invoices().isEmpty()) {
            section.add(new Paragraph(getTranslation("billing.tenant.no-invoices")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        overview.invoices().forEach(invoice -> {
            ListItem item = new ListItem((invoice.number() == null ? getTranslation("billing.invoice.draft") : invoice.number()) + " · "
                    + (invoice.createdAt() == null ? "" : date().format(invoice.createdAt()) + " · ")
                    + euros(getLocale(), invoice.amountDueCents()) + " · " + invoiceStatus(invoice.status()) + " ");
            if (invoice.hostedUrl() != null) {
                Anchor link = new Anchor(invoice.hostedUrl(), getTranslation("billing.invoice.view"));
                link.setTarget(AnchorTarget.BLANK);
                item.add(link);
            }
            list.add(item);
        });
        section.add(list);
        return section;
    }

    private DateTimeFormatter date() {
        return DateTimeFormatter.ofPattern(getTranslation("billing.date-pattern"), getLocale()).withZone(Dates.ZONE);
    }

    /** Stripe's invoice status (draft, open, paid, …) by its name in the bundle; one Stripe adds later as Stripe names it. */
    private String invoiceStatus(String status) {
        if (status == null) {
            return "";
        }
        String key = "billing.invoice.status." + status.replace('_', '-');
        return Texts.find(getLocale(), key).orElse(status);
    }

    /** "€ 250,00 per maand": the amount and the interval of a plan, in the component's language. */
    static String price(Locale locale, BillingPlan plan) {
        String key = plan.interval().equals("year") ? "billing.plans.per-year" : "billing.plans.per-month";
        return Texts.get(locale, key, euros(locale, plan.amountCents()));
    }

    static String euros(Locale locale, long cents) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Texts.supported(locale) == Texts.DUTCH
                ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-IE"));
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(cents / 100.0);
    }

    private void run(Runnable action) {
        try {
            action.run();
            lastAction = null;
        } catch (BillingException e) {
            message.setText(e.messageIn(getLocale()));
            lastAction = e.retryable() ? action : null;
            retry.setVisible(e.retryable());
        }
    }
}
