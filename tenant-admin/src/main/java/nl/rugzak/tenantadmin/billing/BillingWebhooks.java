package nl.rugzak.tenantadmin.billing;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import nl.rugzak.tenantadmin.billing.internal.BillingStore;
import nl.rugzak.tenantadmin.billing.internal.StripeGateway;
import nl.rugzak.tenantadmin.billing.internal.SubscriptionSync;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Stripe's events, as they arrive at the webhook endpoint. Nobody logs in for these: the signature over the raw body
 * (with the endpoint secret and a timestamp tolerance) is the only proof of origin. Each event id is stored in the
 * same transaction as its effect, so a redelivered or concurrently delivered event has exactly one effect; an event
 * that failed is not stored, so Stripe's redelivery processes it. The tenant is the one whose stored customer id
 * the event's object names; what the event says in its metadata is never used.
 */
@Service
public class BillingWebhooks {

    private static final Logger log = LoggerFactory.getLogger(BillingWebhooks.class);

    private static final Set<String> SUBSCRIPTION_EVENTS = Set.of("customer.subscription.created",
            "customer.subscription.updated", "customer.subscription.deleted", "customer.subscription.paused",
            "customer.subscription.resumed");
    private static final Set<String> INVOICE_EVENTS = Set.of("invoice.paid", "invoice.payment_failed",
            "invoice.payment_succeeded", "invoice.marked_uncollectible");
    private static final String CHECKOUT_COMPLETED = "checkout.session.completed";

    public enum Outcome {
        /** The state was brought in line with Stripe (which may have meant no change). */
        PROCESSED,
        /** Seen before: acknowledged, no second effect. */
        DUPLICATE,
        /** Acknowledged and not acted on: another mode, an unknown customer, or a type billing does not use. */
        IGNORED,
        /** Not from Stripe (or altered, or too old): refused. */
        INVALID_SIGNATURE,
        /** Billing is off: the endpoint does not exist. */
        NOT_CONFIGURED
    }

    private final StripeSettings settings;
    private final StripeGateway stripe;
    private final BillingStore store;
    private final SubscriptionSync sync;
    private final ControlPlaneWork controlPlane;
    private final BillingEnforcement enforcement;

    public BillingWebhooks(StripeSettings settings, StripeGateway stripe, BillingStore store, SubscriptionSync sync,
                           ControlPlaneWork controlPlane, BillingEnforcement enforcement) {
        this.settings = settings;
        this.stripe = stripe;
        this.store = store;
        this.sync = sync;
        this.controlPlane = controlPlane;
        this.enforcement = enforcement;
    }

    /**
     * Handles one delivery. Throws {@link BillingException} when Stripe could not be asked for the current state:
     * the endpoint then answers with an error and Stripe delivers the event again later.
     */
    public Outcome handle(String payload, String signatureHeader) {
        if (!settings.configured()) {
            return Outcome.NOT_CONFIGURED;
        }
        Event event;
        JsonObject object;
        try {
            event = Webhook.constructEvent(payload, signatureHeader, settings.webhookSecret(),
                    settings.signatureTolerance().toSeconds());
            object = JsonParser.parseString(event.getDataObjectDeserializer().getRawJson()).getAsJsonObject();
        } catch (SignatureVerificationException | JsonParseException | IllegalStateException | NullPointerException e) {
            log.warn("Refused a Stripe webhook delivery: {}", e.getMessage());
            return Outcome.INVALID_SIGNATURE;
        }
        if (event.getLivemode() == null || event.getLivemode() != settings.livemode()) {
            log.info("Ignored Stripe event {} of the other mode (livemode={})", event.getId(), event.getLivemode());
            return Outcome.IGNORED;
        }
        if (controlPlane.call(() -> store.eventSeen(event.getId()))) {
            return Outcome.DUPLICATE;
        }
        String type = event.getType();
        String customerId = text(object, "customer");
        String subscriptionId = subscriptionOf(type, object);
        if (customerId == null || subscriptionId == null) {
            return acknowledge(event, "niet gebruikt");
        }
        Optional<BillingAccount> account = controlPlane.call(() -> store.accountOfCustomer(customerId));
        if (account.isEmpty()) {
            return acknowledge(event, "onbekende klant " + customerId);
        }
        // Asked now, outside any transaction: the event may be older than what Stripe knows.
        StripeGateway.RemoteSubscription current = stripe.subscription(subscriptionId);
        Applied applied = controlPlane.call(() -> {
            if (!store.claimEvent(event.getId(), type, account.get().tenant(), "verwerkt")) {
                return new Applied(Outcome.DUPLICATE, Optional.empty());
            }
            BillingAccount locked = store.lockByCustomer(customerId).orElseThrow();
            return new Applied(Outcome.PROCESSED, sync.apply(locked, current, Instant.now()));
        });
        applied.change().ifPresent(change -> enforcement.afterChange(change, "Stripe-gebeurtenis " + event.getId()));
        return applied.outcome();
    }

    private record Applied(Outcome outcome, Optional<SubscriptionSync.Change> change) {
    }

    private Outcome acknowledge(Event event, String why) {
        boolean first = controlPlane.call(() -> store.claimEvent(event.getId(), event.getType(), null, why));
        return first ? Outcome.IGNORED : Outcome.DUPLICATE;
    }

    private static String subscriptionOf(String type, JsonObject object) {
        if (SUBSCRIPTION_EVENTS.contains(type)) {
            return text(object, "id");
        }
        if (INVOICE_EVENTS.contains(type)) {
            String direct = text(object, "subscription");
            if (direct != null) {
                return direct;
            }
            // Newer API versions moved it under parent.subscription_details.
            JsonObject parent = object(object, "parent");
            JsonObject details = parent == null ? null : object(parent, "subscription_details");
            return details == null ? null : text(details, "subscription");
        }
        if (CHECKOUT_COMPLETED.equals(type)) {
            return text(object, "subscription");
        }
        return null;
    }

    private static JsonObject object(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    /** A string field, or the id of an expanded object in that field. */
    private static String text(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonObject()) {
            return text(value.getAsJsonObject(), "id");
        }
        return value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
