package nl.rugzak.platform.billing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.stripe.net.Webhook;
import nl.rugzak.platform.support.StripeStub;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Municipalities that are billed, registered in the lab's registry only (billing lives in the control schema, so
 * they need no schema or realm), with a subscription at the Stripe stub; and signed webhook deliveries.
 */
public final class BillingFixture {

    public record Billed(TenantId id, String customer, String subscription) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final TenantRegistryStore store;
    private final JdbcClient jdbc;
    private final int port;
    private final List<TenantId> created = new ArrayList<>();

    public BillingFixture(TenantRegistryStore store, JdbcClient jdbc, int port) {
        this.store = store;
        this.jdbc = jdbc;
        this.port = port;
    }

    public StripeStub stripe() {
        return StripeStub.get();
    }

    public TenantId tenant(String prefix) {
        TenantId id = new TenantId(prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36));
        store.register(id, "Gemeente " + id.slug(), List.of("nl"), id.slug() + ".billing.localhost", List.of());
        store.setStatus(id, TenantStatus.ACTIVE);
        created.add(id);
        return id;
    }

    /** A tenant whose subscription (made a day ago) has this status, both at Stripe and as stored. */
    public Billed billed(String prefix, String status) {
        TenantId id = tenant(prefix);
        String customer = stripe().newId("cus");
        String subscription = stripe().newId("sub");
        long created = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
        stripe().putSubscription(new StripeStub.Subscription(subscription, customer, status, created));
        jdbc.sql("""
                INSERT INTO control.billing_account (tenant_id, stripe_customer_id, invoice_name, invoice_email, plan_id,
                  subscription_id, subscription_status, subscription_created_at)
                SELECT id, ?, ?, ?, 'basis', ?, ?, to_timestamp(?) FROM control.tenant WHERE slug = ?""")
                .params(customer, "Gemeente " + id.slug(), "facturen@" + id.slug() + ".example", subscription, status,
                        created, id.slug())
                .update();
        return new Billed(id, customer, subscription);
    }

    public String storedStatus(TenantId id) {
        return jdbc.sql("""
                SELECT a.subscription_status FROM control.billing_account a JOIN control.tenant t ON t.id = a.tenant_id
                 WHERE t.slug = ?""").param(id.slug()).query(String.class).single();
    }

    public String tenantStatus(TenantId id) {
        return jdbc.sql("SELECT status FROM control.tenant WHERE slug = ?").param(id.slug()).query(String.class).single();
    }

    public long eventRows(String eventId) {
        return jdbc.sql("SELECT count(*) FROM control.billing_event WHERE event_id = ?").param(eventId)
                .query(Long.class).single();
    }

    public long audits(TenantId id, String action) {
        return jdbc.sql("SELECT count(*) FROM control.audit_event WHERE tenant_slug = ? AND action = ?")
                .params(id.slug(), action).query(Long.class).single();
    }

    public void removeAll() {
        created.forEach(store::forget);
        created.clear();
    }

    public static String newEventId() {
        return "evt_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    public static String event(String id, String type, boolean livemode, String object) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2025-03-31.basil\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"livemode\":" + livemode + ",\"pending_webhooks\":1,\"type\":\""
                + type + "\",\"data\":{\"object\":" + object + "}}";
    }

    public static String subscription(String id, String customer, String status, String metadataTenant) {
        return "{\"id\":\"" + id + "\",\"object\":\"subscription\",\"customer\":\"" + customer + "\",\"status\":\"" + status
                + "\",\"created\":" + Instant.now().getEpochSecond() + ",\"metadata\":{\"rugzak_tenant\":\"" + metadataTenant + "\"}}";
    }

    /** An invoice as newer API versions send it: the subscription under parent.subscription_details. */
    public static String invoice(String customer, String subscription, String status) {
        return "{\"id\":\"in_" + newEventId() + "\",\"object\":\"invoice\",\"customer\":\"" + customer + "\",\"status\":\""
                + status + "\",\"parent\":{\"type\":\"subscription_details\",\"subscription_details\":{\"subscription\":\""
                + subscription + "\"}}}";
    }

    public static String sign(String payload, String secret, long timestamp) {
        try {
            return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(String payload) {
        return sign(payload, StripeStub.WEBHOOK_SECRET, Instant.now().getEpochSecond());
    }

    public HttpResponse<String> post(String host, String path, String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Host", host + ":" + port)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> deliver(String payload) {
        return post("admin.localhost", "/stripe/webhook", payload, sign(payload));
    }
}
