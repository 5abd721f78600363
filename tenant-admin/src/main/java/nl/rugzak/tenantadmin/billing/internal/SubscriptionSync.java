package nl.rugzak.tenantadmin.billing.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import nl.rugzak.tenantadmin.billing.BillingAccount;
import nl.rugzak.tenantadmin.billing.BillingPlan;
import nl.rugzak.tenantadmin.billing.SubscriptionState;
import nl.rugzak.tenantadmin.billing.internal.StripeGateway.RemoteSubscription;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.stereotype.Component;

/**
 * Brings a tenant's stored subscription in line with what Stripe says now. Runs inside the caller's transaction
 * with the account locked. Stripe's events arrive late and out of order, so nothing here trusts an event: it is
 * given the subscription as just fetched, ignores one of another customer, an older subscription than the stored
 * one, and any revival of a subscription that already ended (Stripe never revives those).
 */
@Component
public class SubscriptionSync {

    /** What changed, for the audit log and for the work that follows the commit. */
    public record Change(TenantId tenant, String fromStatus, String toStatus, boolean newlyLapsed,
                         boolean suspendedByBilling) {

        public SubscriptionState state() {
            return SubscriptionState.of(toStatus);
        }
    }

    private final BillingStore store;
    private final TenantRegistry registry;

    public SubscriptionSync(BillingStore store, TenantRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    public Optional<Change> apply(BillingAccount account, RemoteSubscription remote, Instant now) {
        if (!account.customerId().equals(remote.customerId())) {
            return Optional.empty();
        }
        boolean sameSubscription = remote.id().equals(account.subscriptionId());
        if (!sameSubscription && account.subscriptionId() != null && account.subscriptionCreatedAt() != null
                && remote.createdAt().isBefore(account.subscriptionCreatedAt())) {
            return Optional.empty();
        }
        if (sameSubscription && SubscriptionState.isTerminal(account.subscriptionStatus())
                && !SubscriptionState.isTerminal(remote.status())) {
            return Optional.empty();
        }
        if (sameSubscription && Objects.equals(account.subscriptionStatus(), remote.status())) {
            return Optional.empty();
        }
        SubscriptionState state = SubscriptionState.of(remote.status());
        boolean lapsed = state == SubscriptionState.LAPSED;
        boolean newlyLapsed = lapsed && account.lapsedSince() == null;
        Instant lapsedSince = lapsed ? (newlyLapsed ? now : account.lapsedSince()) : null;
        Instant warned = lapsed ? (newlyLapsed ? now : account.labWarnedAt()) : null;
        store.recordState(account.tenant(), remote.id(), remote.status(), remote.createdAt(), lapsedSince, warned);
        if (state == SubscriptionState.GOOD && account.planId() != null) {
            store.setTenantPlan(account.tenant(), account.planId());
        } else if (SubscriptionState.isTerminal(remote.status())) {
            store.setTenantPlan(account.tenant(), BillingPlan.FREE_PLAN);
        }
        registry.invalidate();
        return Optional.of(new Change(account.tenant(), sameSubscription ? account.subscriptionStatus() : null,
                remote.status(), newlyLapsed, account.suspendedByBilling()));
    }
}
