package nl.rugzak.tenantadmin.billing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.billing.internal.BillingStore;
import nl.rugzak.tenantadmin.billing.internal.StripeGateway;
import nl.rugzak.tenantadmin.billing.internal.StripeGateway.RemoteInvoice;
import nl.rugzak.tenantadmin.billing.internal.SubscriptionSync;
import nl.rugzak.tenantadmin.identity.SiteUrls;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The lab bills a municipality: makes it a Stripe customer (its invoice details), starts a subscription on a plan
 * (paid by invoice with payment terms, or through a Checkout link for card or SEPA direct debit), shows its status
 * and recent invoices, and re-syncs the status from Stripe on demand. Every attempt is in the audit log.
 */
@Service
public class TenantBilling {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int MIN_DAYS_UNTIL_DUE = 1;
    public static final int MAX_DAYS_UNTIL_DUE = 90;

    /** What the lab sees of a tenant's billing. {@code invoicesProblem} is set when Stripe could not list them. */
    public record Overview(boolean configured, Optional<BillingAccount> account, List<RemoteInvoice> invoices,
                           BillingException invoicesProblem, Instant suspensionDue) {
    }

    public enum Payment { INVOICE, CHECKOUT }

    private final StripeSettings settings;
    private final StripeGateway stripe;
    private final BillingStore store;
    private final SubscriptionSync sync;
    private final ControlPlaneWork controlPlane;
    private final BillingEnforcement enforcement;
    private final TenantRegistry registry;
    private final SiteUrls siteUrls;
    private final AuditLog audit;
    private final String adminHost;

    public TenantBilling(StripeSettings settings, StripeGateway stripe, BillingStore store, SubscriptionSync sync,
                         ControlPlaneWork controlPlane, BillingEnforcement enforcement, TenantRegistry registry,
                         SiteUrls siteUrls, AuditLog audit,
                         @Value("${rugzak.admin-host:admin.localhost}") String adminHost) {
        this.settings = settings;
        this.stripe = stripe;
        this.store = store;
        this.sync = sync;
        this.controlPlane = controlPlane;
        this.enforcement = enforcement;
        this.registry = registry;
        this.siteUrls = siteUrls;
        this.audit = audit;
        this.adminHost = adminHost;
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public boolean configured() {
        return settings.configured();
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public Optional<BillingAccount> account(TenantId tenant) {
        return controlPlane.call(() -> store.account(tenant));
    }

    /** Every municipality that is a Stripe customer, for the lab's overview. */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public List<BillingAccount> accounts() {
        return controlPlane.call(store::accounts);
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public Instant suspensionDue(BillingAccount account) {
        return enforcement.suspensionDue(account);
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public Overview overview(TenantId tenant) {
        if (!settings.configured()) {
            return new Overview(false, Optional.empty(), List.of(), null, null);
        }
        Optional<BillingAccount> account = account(tenant);
        List<RemoteInvoice> invoices = List.of();
        BillingException problem = null;
        if (account.isPresent()) {
            try {
                invoices = stripe.invoices(account.get().customerId(), 10);
            } catch (BillingException e) {
                problem = e;
            }
        }
        return new Overview(true, account, invoices, problem, account.map(enforcement::suspensionDue).orElse(null));
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public BillingAccount createCustomer(TenantId tenant, String invoiceName, String invoiceEmail) {
        String action = "billing.customer.create";
        requireConfigured(tenant, action);
        String name = invoiceName == null ? "" : invoiceName.trim();
        String email = invoiceEmail == null ? "" : invoiceEmail.trim();
        if (name.isEmpty() || name.length() > 200) {
            refuse(tenant, action, "billing.customer.name-invalid");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            refuse(tenant, action, "billing.customer.email-invalid");
        }
        if (registry.find(tenant).isEmpty()) {
            refuse(tenant, action, "billing.tenant-not-found");
        }
        if (account(tenant).isPresent()) {
            refuse(tenant, action, "billing.customer.already-exists");
        }
        String key = "rugzak-customer-" + tenant.slug() + "-" + digest(name + "\n" + email);
        String customerId = attempt(tenant, action, () -> stripe.createCustomer(tenant.slug(), name, email, key));
        controlPlane.run(() -> store.createAccount(tenant, customerId, name, email));
        audit.record(LabActor.current(), action, tenant.slug(), "Stripe-klant " + customerId + " voor " + name,
                AuditLog.Outcome.SUCCEEDED);
        return account(tenant).orElseThrow();
    }

    /**
     * Starts a subscription on a plan. By invoice: Stripe sends each invoice with {@code daysUntilDue} days to pay.
     * By Checkout: returns a link where the municipality pays by card or SEPA direct debit; the subscription shows
     * up here when Stripe reports it.
     */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public Optional<String> startSubscription(TenantId tenant, String planId, Payment payment, int daysUntilDue) {
        String action = payment == Payment.INVOICE ? "billing.subscription.start" : "billing.checkout.create";
        requireConfigured(tenant, action);
        BillingAccount account = account(tenant).orElse(null);
        if (account == null) {
            refuse(tenant, action, "billing.subscription.no-customer");
            return Optional.empty();
        }
        BillingPlan plan = planId == null ? null : controlPlane.call(() -> store.plan(planId)).orElse(null);
        if (plan == null) {
            refuse(tenant, action, "billing.subscription.choose-plan");
            return Optional.empty();
        }
        if (!plan.linkedToStripe()) {
            refuse(tenant, action, "billing.subscription.plan-without-price", plan.name());
        }
        if (payment == Payment.INVOICE && (daysUntilDue < MIN_DAYS_UNTIL_DUE || daysUntilDue > MAX_DAYS_UNTIL_DUE)) {
            refuse(tenant, action, "billing.subscription.days-until-due", MIN_DAYS_UNTIL_DUE, MAX_DAYS_UNTIL_DUE);
        }
        if (account.subscriptionId() != null && !SubscriptionState.isTerminal(account.subscriptionStatus())) {
            refuse(tenant, action, "billing.subscription.already-exists",
                    new SubscriptionState.Status(account.subscriptionStatus()));
        }
        // The same attempt gets the same key until it succeeds, so retrying after a failure never makes a second one.
        String key = "rugzak-" + (payment == Payment.INVOICE ? "subscription" : "checkout") + "-" + tenant.slug() + "-"
                + (account.subscriptionAttempt() + 1) + "-" + digest(plan.id() + "\n" + plan.stripePriceId() + "\n" + daysUntilDue);
        if (payment == Payment.INVOICE) {
            StripeGateway.RemoteSubscription created = attempt(tenant, action, () -> stripe.createInvoiceSubscription(
                    tenant.slug(), account.customerId(), plan.stripePriceId(), daysUntilDue, key));
            Optional<SubscriptionSync.Change> change = controlPlane.call(() -> {
                store.nextSubscriptionAttempt(tenant);
                store.recordSubscription(tenant, plan.id(), account.subscriptionId(), account.subscriptionStatus(),
                        account.subscriptionCreatedAt(), null);
                return sync.apply(store.lock(tenant).orElseThrow(), created, Instant.now());
            });
            audit.record(LabActor.current(), action, tenant.slug(), "Abonnement " + plan.name() + " (" + created.id()
                    + ") per factuur, betaaltermijn " + daysUntilDue + " dagen", AuditLog.Outcome.SUCCEEDED);
            change.ifPresent(c -> enforcement.afterChange(c, "nieuw abonnement"));
            return Optional.empty();
        }
        String returnUrl = siteUrls.baseUrl(adminHost) + "/tenantbeheer/gemeente/" + tenant.slug() + "/facturatie";
        StripeGateway.CheckoutLink link = attempt(tenant, action,
                () -> stripe.createCheckout(tenant.slug(), account.customerId(), plan.stripePriceId(), returnUrl, key));
        controlPlane.run(() -> {
            store.nextSubscriptionAttempt(tenant);
            store.recordSubscription(tenant, plan.id(), account.subscriptionId(), account.subscriptionStatus(),
                    account.subscriptionCreatedAt(), link.url());
        });
        audit.record(LabActor.current(), action, tenant.slug(), "Betaallink voor abonnement " + plan.name(),
                AuditLog.Outcome.SUCCEEDED);
        return Optional.of(link.url());
    }

    /** Asks Stripe for the customer's newest subscription and brings the stored state in line with it. */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void resync(TenantId tenant) {
        String action = "billing.resync";
        requireConfigured(tenant, action);
        BillingAccount account = account(tenant).orElse(null);
        if (account == null) {
            refuse(tenant, action, "billing.resync.no-customer");
            return;
        }
        Optional<StripeGateway.RemoteSubscription> latest = attempt(tenant, action,
                () -> stripe.latestSubscription(account.customerId()));
        Optional<SubscriptionSync.Change> change = latest.flatMap(remote -> controlPlane.call(
                () -> sync.apply(store.lock(tenant).orElseThrow(), remote, Instant.now())));
        audit.record(LabActor.current(), action, tenant.slug(), change.map(c -> "Status bijgewerkt naar "
                        + SubscriptionState.dutch(c.toStatus())).orElse("Status was al gelijk aan Stripe"),
                AuditLog.Outcome.SUCCEEDED);
        change.ifPresent(c -> enforcement.afterChange(c, "opnieuw opgehaald"));
    }

    private <T> T attempt(TenantId tenant, String action, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (BillingException e) {
            audit.record(LabActor.current(), action, tenant.slug(), e.getMessage(), AuditLog.Outcome.FAILED);
            throw e;
        }
    }

    private void requireConfigured(TenantId tenant, String action) {
        if (!settings.configured()) {
            throw BillingException.notConfigured();
        }
    }

    private void refuse(TenantId tenant, String action, String key, Object... args) {
        BillingException refusal = new BillingException(key, args);
        audit.record(LabActor.current(), action, tenant.slug(), refusal.getMessage(), AuditLog.Outcome.REFUSED);
        throw refusal;
    }

    static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
