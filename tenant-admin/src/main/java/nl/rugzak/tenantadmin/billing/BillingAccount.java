package nl.rugzak.tenantadmin.billing;

import java.time.Instant;

import nl.rugzak.tenantadmin.tenancy.TenantId;

/** A municipality as the lab's Stripe customer, and its current subscription as last seen. */
public record BillingAccount(TenantId tenant, String customerId, String invoiceName, String invoiceEmail,
                             String planId, String subscriptionId, String subscriptionStatus,
                             Instant subscriptionCreatedAt, String checkoutUrl, Instant lapsedSince,
                             Instant labWarnedAt, boolean suspendedByBilling, int subscriptionAttempt,
                             Instant updatedAt) {

    public SubscriptionState state() {
        return SubscriptionState.of(subscriptionStatus);
    }
}
