package nl.rugzak.platform.billing;

import static nl.rugzak.platform.billing.BillingFixture.event;
import static nl.rugzak.platform.billing.BillingFixture.invoice;
import static nl.rugzak.platform.billing.BillingFixture.newEventId;
import static nl.rugzak.platform.billing.BillingFixture.sign;
import static nl.rugzak.platform.billing.BillingFixture.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.StripeStub;
import nl.rugzak.tenantadmin.billing.BillingEnforcement;
import nl.rugzak.tenantadmin.billing.StripeSettings;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stripe's webhook as an attacker and as Stripe itself (late, twice, at once, out of order) would use it. */
class BillingWebhookIT extends IntegrationTest {

    @Autowired
    TenantRegistryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BillingEnforcement enforcement;
    @Autowired
    StripeSettings settings;

    BillingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BillingFixture(store, jdbc, port);
    }

    @AfterEach
    void cleanUp() {
        fixture.removeAll();
    }

    @Test
    void aSignedEventBringsTheStateInLineWithStripe() {
        var tenant = fixture.billed("wh-ok", "active");
        fixture.stripe().setStatus(tenant.subscription(), "past_due");
        String id = newEventId();
        String payload = event(id, "customer.subscription.updated", false,
                subscription(tenant.subscription(), tenant.customer(), "past_due", tenant.id().slug()));

        assertThat(fixture.deliver(payload).statusCode()).isEqualTo(200);

        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("past_due");
        assertThat(fixture.eventRows(id)).isEqualTo(1);
        assertThat(fixture.audits(tenant.id(), "billing.status")).isEqualTo(1);
        assertThat(fixture.stripe().requests("GET", "/v1/subscriptions/" + tenant.subscription()))
                .as("the current state is fetched from Stripe, not taken from the event")
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + StripeStub.SECRET_KEY));
    }

    @Test
    void badSignaturesAreRefusedWith400AndChangeNothing() {
        var tenant = fixture.billed("wh-sig", "active");
        fixture.stripe().setStatus(tenant.subscription(), "canceled");
        String id = newEventId();
        String payload = event(id, "customer.subscription.deleted", false,
                subscription(tenant.subscription(), tenant.customer(), "canceled", tenant.id().slug()));
        long now = Instant.now().getEpochSecond();
        String good = sign(payload);

        List<HttpResponse<String>> refused = List.of(
                fixture.post("admin.localhost", "/stripe/webhook", payload, "t=" + now + ",v1=" + "ab".repeat(32)),
                fixture.post("admin.localhost", "/stripe/webhook", payload, sign(payload, "whsec_someone_else", now)),
                // The same JSON, serialised differently: the signature covers the exact bytes.
                fixture.post("admin.localhost", "/stripe/webhook", payload.replace(",", ", "), good),
                fixture.post("admin.localhost", "/stripe/webhook", payload,
                        sign(payload, StripeStub.WEBHOOK_SECRET, now - settings.signatureTolerance().toSeconds() - 60)),
                fixture.post("admin.localhost", "/stripe/webhook", payload, null),
                fixture.post("admin.localhost", "/stripe/webhook", payload, "garbage"));

        assertThat(refused).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(400));
        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("active");
        assertThat(fixture.eventRows(id)).isZero();
        assertThat(fixture.audits(tenant.id(), "billing.status")).isZero();
    }

    @Test
    void theEndpointIsOnlyOnTheAdminHostAndNothingElseSkipsCsrf() {
        var tenant = fixture.billed("wh-host", "active");
        fixture.stripe().setStatus(tenant.subscription(), "past_due");
        String payload = event(newEventId(), "customer.subscription.updated", false,
                subscription(tenant.subscription(), tenant.customer(), "past_due", tenant.id().slug()));

        assertThat(fixture.post("voorbeeld.localhost", "/stripe/webhook", payload, sign(payload)).statusCode()).isEqualTo(404);
        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("active");
        // Any other POST without a CSRF token is still refused by security (redirected to log in or 403), even on a
        // path anyone may open: /api/me itself would answer 401 or 405.
        assertThat(fixture.post("admin.localhost", "/api/me", "{}", null).statusCode()).isIn(302, 403);
        assertThat(fixture.post("admin.localhost", "/stripe/webhook/other", payload, sign(payload)).statusCode()).isIn(302, 403);
        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("active");
    }

    @Test
    void theSameEventTwiceAndConcurrentlyHasOneEffect() throws Exception {
        var tenant = fixture.billed("wh-dup", "active");
        fixture.stripe().setStatus(tenant.subscription(), "past_due");
        String id = newEventId();
        String payload = event(id, "customer.subscription.updated", false,
                subscription(tenant.subscription(), tenant.customer(), "past_due", tenant.id().slug()));

        int deliveries = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(deliveries)) {
            List<Future<Integer>> results = IntStream.range(0, deliveries).mapToObj(i -> pool.submit((Callable<Integer>) () -> {
                start.await();
                return fixture.deliver(payload).statusCode();
            })).toList();
            start.countDown();
            statuses = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertThat(fixture.deliver(payload).statusCode()).as("a later redelivery").isEqualTo(200);

        assertThat(statuses).containsOnly(200);
        assertThat(fixture.eventRows(id)).isEqualTo(1);
        assertThat(fixture.audits(tenant.id(), "billing.status")).isEqualTo(1);
        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("past_due");
    }

    @Test
    void aStaleUpdateAfterDeletionLeavesTheSubscriptionCanceled() {
        var tenant = fixture.billed("wh-order", "active");
        fixture.stripe().setStatus(tenant.subscription(), "canceled");
        String deleted = event(newEventId(), "customer.subscription.deleted", false,
                subscription(tenant.subscription(), tenant.customer(), "canceled", tenant.id().slug()));
        String staleUpdate = event(newEventId(), "customer.subscription.updated", false,
                subscription(tenant.subscription(), tenant.customer(), "active", tenant.id().slug()));

        assertThat(fixture.deliver(deleted).statusCode()).isEqualTo(200);
        assertThat(fixture.deliver(staleUpdate).statusCode()).isEqualTo(200);
        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("canceled");

        // Even were Stripe to answer "active" for it, an ended subscription is not revived.
        fixture.stripe().setStatus(tenant.subscription(), "active");
        String laterStale = event(newEventId(), "customer.subscription.updated", false,
                subscription(tenant.subscription(), tenant.customer(), "active", tenant.id().slug()));
        assertThat(fixture.deliver(laterStale).statusCode()).isEqualTo(200);
        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("canceled");
        assertThat(jdbc.sql("SELECT plan FROM control.tenant WHERE slug = ?").param(tenant.id().slug())
                .query(String.class).single()).isEqualTo("lab");
    }

    @Test
    void anEventOfTheOtherModeIsAcknowledgedAndIgnored() {
        var tenant = fixture.billed("wh-mode", "active");
        fixture.stripe().setStatus(tenant.subscription(), "canceled");
        String id = newEventId();
        String live = event(id, "customer.subscription.deleted", true,
                subscription(tenant.subscription(), tenant.customer(), "canceled", tenant.id().slug()));

        assertThat(fixture.deliver(live).statusCode()).isEqualTo(200);
        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("active");
        assertThat(fixture.audits(tenant.id(), "billing.status")).isZero();
    }

    @Test
    void metadataNamingAnotherTenantChangesNothingThere() {
        var payer = fixture.billed("wh-payer", "active");
        var other = fixture.billed("wh-other", "active");
        fixture.stripe().setStatus(payer.subscription(), "canceled");
        // The payer's subscription, claiming in its metadata to be the other tenant's.
        String claimed = event(newEventId(), "customer.subscription.deleted", false,
                subscription(payer.subscription(), payer.customer(), "canceled", other.id().slug()));
        // An unknown customer naming the other tenant, and one naming its subscription with a foreign customer.
        String unknownCustomer = event(newEventId(), "customer.subscription.deleted", false,
                subscription(other.subscription(), "cus_unknown", "canceled", other.id().slug()));
        fixture.stripe().putSubscription(new StripeStub.Subscription("sub_foreign", payer.customer(), "canceled", 0));
        String foreign = event(newEventId(), "customer.subscription.deleted", false,
                subscription("sub_foreign", other.customer(), "canceled", other.id().slug()));

        assertThat(fixture.deliver(claimed).statusCode()).isEqualTo(200);
        assertThat(fixture.deliver(unknownCustomer).statusCode()).isEqualTo(200);
        assertThat(fixture.deliver(foreign).statusCode()).isEqualTo(200);

        assertThat(fixture.storedStatus(payer.id())).isEqualTo("canceled");
        assertThat(fixture.storedStatus(other.id())).isEqualTo("active");
        assertThat(fixture.audits(other.id(), "billing.status")).isZero();
    }

    @Test
    void canceledPlusTheGracePeriodSuspendsAndTheLabIsWarnedFirst() {
        var tenant = fixture.billed("wh-grace", "active");
        fixture.stripe().setStatus(tenant.subscription(), "canceled");
        fixture.deliver(event(newEventId(), "customer.subscription.deleted", false,
                subscription(tenant.subscription(), tenant.customer(), "canceled", tenant.id().slug())));

        assertThat(fixture.audits(tenant.id(), "billing.warning")).isEqualTo(1);
        enforcement.enforce(Instant.now().plus(settings.gracePeriod()).minus(Duration.ofHours(1)));
        assertThat(fixture.tenantStatus(tenant.id())).as("within the grace period").isEqualTo("ACTIVE");

        enforcement.enforce(Instant.now().plus(settings.gracePeriod()).plus(Duration.ofMinutes(1)));
        assertThat(fixture.tenantStatus(tenant.id())).isEqualTo("SUSPENDED");
        assertThat(fixture.audits(tenant.id(), "tenant.suspend")).isEqualTo(1);
        assertThat(fixture.audits(tenant.id(), "billing.suspend")).isEqualTo(1);
        enforcement.enforce(Instant.now().plus(settings.gracePeriod()).plus(Duration.ofMinutes(2)));
        assertThat(fixture.audits(tenant.id(), "tenant.suspend")).as("once").isEqualTo(1);
    }

    @Test
    void unpaidSuspendsAfterTheGracePeriodAndPayingMakesTheTenantActiveAgain() {
        var tenant = fixture.billed("wh-paid", "active");
        fixture.stripe().setStatus(tenant.subscription(), "unpaid");
        fixture.deliver(event(newEventId(), "invoice.payment_failed", false,
                invoice(tenant.customer(), tenant.subscription(), "open")));
        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("unpaid");
        enforcement.enforce(Instant.now().plus(settings.gracePeriod()).plus(Duration.ofMinutes(1)));
        assertThat(fixture.tenantStatus(tenant.id())).isEqualTo("SUSPENDED");

        fixture.stripe().setStatus(tenant.subscription(), "active");
        assertThat(fixture.deliver(event(newEventId(), "invoice.paid", false,
                invoice(tenant.customer(), tenant.subscription(), "paid"))).statusCode()).isEqualTo(200);

        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("active");
        assertThat(fixture.tenantStatus(tenant.id())).isEqualTo("ACTIVE");
        assertThat(fixture.audits(tenant.id(), "billing.resume")).isEqualTo(1);
    }

    @Test
    void aLabSuspensionIsNotLiftedByPaying() {
        var tenant = fixture.billed("wh-lab", "past_due");
        store.setStatus(tenant.id(), nl.rugzak.tenantadmin.registry.TenantStatus.SUSPENDED);
        fixture.stripe().setStatus(tenant.subscription(), "active");
        fixture.deliver(event(newEventId(), "invoice.paid", false, invoice(tenant.customer(), tenant.subscription(), "paid")));

        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("active");
        assertThat(fixture.tenantStatus(tenant.id())).isEqualTo("SUSPENDED");
    }

    @Test
    void whenStripeIsDownTheEventIsNotStoredSoItsRedeliveryIsProcessed() {
        var tenant = fixture.billed("wh-down", "active");
        fixture.stripe().setStatus(tenant.subscription(), "past_due");
        String id = newEventId();
        String payload = event(id, "customer.subscription.updated", false,
                subscription(tenant.subscription(), tenant.customer(), "past_due", tenant.id().slug()));

        fixture.stripe().failNext(settings.maxRetries() + 1);
        assertThat(fixture.deliver(payload).statusCode()).isEqualTo(503);
        assertThat(fixture.eventRows(id)).isZero();
        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("active");

        assertThat(fixture.deliver(payload).statusCode()).isEqualTo(200);
        assertThat(fixture.storedStatus(tenant.id())).isEqualTo("past_due");
    }
}
