package nl.rugzak.tenantadmin.billing;

import java.util.Optional;
import java.util.UUID;

import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.billing.internal.BillingStore;
import nl.rugzak.tenantadmin.billing.internal.StripeGateway;
import nl.rugzak.tenantadmin.identity.SiteUrls;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Billing as a municipality's own admins see it, always for the tenant of the current request (never one that is
 * named): whether a payment is overdue, and a link into Stripe's customer portal for invoices and billing details.
 */
@Service
public class CustomerPortal {

    public static final String TENANT_ADMIN = "hasRole('tenant-admin')";

    /** Shown to the tenant's admins while a payment is overdue or the subscription has lapsed. */
    public record Notice(SubscriptionState state, java.time.Instant suspensionDue) {
    }

    private final StripeSettings settings;
    private final StripeGateway stripe;
    private final BillingStore store;
    private final ControlPlaneWork controlPlane;
    private final TenantRegistry registry;
    private final SiteUrls siteUrls;
    private final BillingEnforcement enforcement;
    private final AuditLog audit;

    public CustomerPortal(StripeSettings settings, StripeGateway stripe, BillingStore store,
                          ControlPlaneWork controlPlane, TenantRegistry registry, SiteUrls siteUrls,
                          BillingEnforcement enforcement, AuditLog audit) {
        this.settings = settings;
        this.stripe = stripe;
        this.store = store;
        this.controlPlane = controlPlane;
        this.registry = registry;
        this.siteUrls = siteUrls;
        this.enforcement = enforcement;
        this.audit = audit;
    }

    @PreAuthorize(TENANT_ADMIN)
    public Optional<Notice> paymentNotice() {
        if (!settings.configured()) {
            return Optional.empty();
        }
        TenantId tenant = TenantContext.require();
        return controlPlane.call(() -> store.account(tenant))
                .filter(a -> a.state() == SubscriptionState.PAST_DUE || a.state() == SubscriptionState.LAPSED)
                .map(a -> new Notice(a.state(), enforcement.suspensionDue(a)));
    }

    /** False while billing is off or the lab has not made this municipality a Stripe customer. */
    @PreAuthorize(TENANT_ADMIN)
    public boolean available() {
        if (!settings.configured()) {
            return false;
        }
        // Read outside: the control-plane call runs without the tenant.
        TenantId tenant = TenantContext.require();
        return controlPlane.call(() -> store.account(tenant)).isPresent();
    }

    /** A fresh, single-use link into Stripe's customer portal that returns to {@code returnPath} on this site. */
    @PreAuthorize(TENANT_ADMIN)
    public String openPortal(String returnPath) {
        if (!settings.configured()) {
            throw BillingException.notConfigured();
        }
        TenantId tenant = TenantContext.require();
        BillingAccount account = controlPlane.call(() -> store.account(tenant))
                .orElseThrow(() -> new BillingException("billing.portal.no-account"));
        Tenant registered = registry.find(tenant).orElseThrow();
        String returnUrl = siteUrls.baseUrl(registered.primaryHost()) + returnPath;
        try {
            String url = stripe.portalUrl(account.customerId(), returnUrl, "rugzak-portal-" + tenant.slug() + "-" + UUID.randomUUID());
            audit.record(LabActor.current(), "billing.portal.open", tenant.slug(), "Klantportaal geopend door de gemeente",
                    AuditLog.Outcome.SUCCEEDED);
            return url;
        } catch (BillingException e) {
            audit.record(LabActor.current(), "billing.portal.open", tenant.slug(), e.getMessage(), AuditLog.Outcome.FAILED);
            throw e;
        }
    }
}
