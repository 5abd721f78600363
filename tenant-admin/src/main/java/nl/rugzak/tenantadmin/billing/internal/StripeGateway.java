package nl.rugzak.tenantadmin.billing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Subscription;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.SubscriptionCreateParams;
import com.stripe.param.SubscriptionListParams;
import nl.rugzak.tenantadmin.billing.BillingException;
import nl.rugzak.tenantadmin.billing.StripeSettings;
import org.springframework.stereotype.Component;

/**
 * The only class that talks to Stripe. Every call has a connect and read timeout and is retried by the Stripe
 * client on network errors and busy answers; every call that creates something carries an idempotency key that
 * the caller derives from what it asks, so a retry (the client's, or a person's after a failure) never creates it
 * twice. Failures become a Dutch {@link BillingException}, retryable when Stripe could not be reached.
 */
@Component
public class StripeGateway {

    /** A subscription as Stripe says it is now. */
    public record RemoteSubscription(String id, String customerId, String status, Instant createdAt) {
    }

    public record RemoteInvoice(String number, String status, long amountDueCents, String currency, Instant createdAt,
                                String hostedUrl) {
    }

    public record CheckoutLink(String url) {
    }

    private final StripeClient client;

    public StripeGateway(StripeSettings settings) {
        this.client = settings.configured()
                ? StripeClient.builder()
                        .setApiKey(settings.secretKey())
                        .setApiBase(settings.apiBase())
                        .setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setReadTimeout((int) settings.readTimeout().toMillis())
                        .setMaxNetworkRetries(settings.maxRetries())
                        .build()
                : null;
    }

    public String createCustomer(String tenantSlug, String name, String email, String idempotencyKey) {
        CustomerCreateParams params = CustomerCreateParams.builder()
                .setName(name)
                .setEmail(email)
                .addPreferredLocale("nl")
                .putMetadata("rugzak_tenant", tenantSlug)
                .build();
        return call(() -> client().v1().customers().create(params, writing(idempotencyKey)).getId());
    }

    public RemoteSubscription createInvoiceSubscription(String tenantSlug, String customerId, String priceId,
                                                        long daysUntilDue, String idempotencyKey) {
        SubscriptionCreateParams params = SubscriptionCreateParams.builder()
                .setCustomer(customerId)
                .addItem(SubscriptionCreateParams.Item.builder().setPrice(priceId).setQuantity(1L).build())
                .setCollectionMethod(SubscriptionCreateParams.CollectionMethod.SEND_INVOICE)
                .setDaysUntilDue(daysUntilDue)
                .putMetadata("rugzak_tenant", tenantSlug)
                .build();
        return call(() -> remote(client().v1().subscriptions().create(params, writing(idempotencyKey))));
    }

    public CheckoutLink createCheckout(String tenantSlug, String customerId, String priceId, String returnUrl,
                                       String idempotencyKey) {
        var params = com.stripe.param.checkout.SessionCreateParams.builder()
                .setMode(com.stripe.param.checkout.SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(customerId)
                .addPaymentMethodType(com.stripe.param.checkout.SessionCreateParams.PaymentMethodType.CARD)
                .addPaymentMethodType(com.stripe.param.checkout.SessionCreateParams.PaymentMethodType.SEPA_DEBIT)
                .addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder()
                        .setPrice(priceId).setQuantity(1L).build())
                .setSubscriptionData(com.stripe.param.checkout.SessionCreateParams.SubscriptionData.builder()
                        .putMetadata("rugzak_tenant", tenantSlug).build())
                .setSuccessUrl(returnUrl)
                .setCancelUrl(returnUrl)
                .build();
        return call(() -> new CheckoutLink(
                client().v1().checkout().sessions().create(params, writing(idempotencyKey)).getUrl()));
    }

    public RemoteSubscription subscription(String subscriptionId) {
        return call(() -> remote(client().v1().subscriptions().retrieve(subscriptionId, reading())));
    }

    /** The customer's newest subscription in any status, if it has one. */
    public Optional<RemoteSubscription> latestSubscription(String customerId) {
        SubscriptionListParams params = SubscriptionListParams.builder()
                .setCustomer(customerId)
                .setStatus(SubscriptionListParams.Status.ALL)
                .setLimit(10L)
                .build();
        return call(() -> client().v1().subscriptions().list(params, reading()).getData().stream()
                .map(StripeGateway::remote)
                .max(java.util.Comparator.comparing(RemoteSubscription::createdAt)));
    }

    public List<RemoteInvoice> invoices(String customerId, int limit) {
        InvoiceListParams params = InvoiceListParams.builder().setCustomer(customerId).setLimit((long) limit).build();
        return call(() -> client().v1().invoices().list(params, reading()).getData().stream()
                .map(invoice -> new RemoteInvoice(invoice.getNumber(), invoice.getStatus(),
                        invoice.getAmountDue() == null ? 0 : invoice.getAmountDue(), invoice.getCurrency(),
                        invoice.getCreated() == null ? null : Instant.ofEpochSecond(invoice.getCreated()),
                        invoice.getHostedInvoiceUrl()))
                .toList());
    }

    /** A short-lived link to Stripe's customer portal; each is single use, so a new one is made every time. */
    public String portalUrl(String customerId, String returnUrl, String idempotencyKey) {
        var params = com.stripe.param.billingportal.SessionCreateParams.builder()
                .setCustomer(customerId)
                .setReturnUrl(returnUrl)
                .setLocale(com.stripe.param.billingportal.SessionCreateParams.Locale.NL)
                .build();
        return call(() -> client().v1().billingPortal().sessions().create(params, writing(idempotencyKey)).getUrl());
    }

    private static RemoteSubscription remote(Subscription subscription) {
        return new RemoteSubscription(subscription.getId(), subscription.getCustomer(), subscription.getStatus(),
                subscription.getCreated() == null ? Instant.EPOCH : Instant.ofEpochSecond(subscription.getCreated()));
    }

    private StripeClient client() {
        if (client == null) {
            throw new BillingException("billing.not-configured");
        }
        return client;
    }

    private static RequestOptions writing(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private static RequestOptions reading() {
        return RequestOptions.getDefault();
    }

    private <T> T call(StripeCall<T> work) {
        try {
            return work.call();
        } catch (ApiConnectionException | RateLimitException e) {
            throw unreachable(e);
        } catch (StripeException e) {
            if (e.getStatusCode() != null && e.getStatusCode() >= 500) {
                throw unreachable(e);
            }
            String detail = e.getStripeError() == null ? e.getMessage() : e.getStripeError().getMessage();
            throw new BillingException(false, e, "billing.stripe-refused", detail);
        }
    }

    private static BillingException unreachable(StripeException e) {
        return new BillingException(true, e, "billing.stripe-unreachable");
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T call() throws StripeException;
    }
}
