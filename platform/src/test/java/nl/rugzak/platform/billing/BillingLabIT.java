package nl.rugzak.platform.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.billing.BillingException;
import nl.rugzak.tenantadmin.billing.BillingPlan;
import nl.rugzak.tenantadmin.billing.BillingPlans;
import nl.rugzak.tenantadmin.billing.TenantBilling;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The lab making a municipality a customer and starting its subscription, against the Stripe stub. */
class BillingLabIT extends IntegrationTest {

    @Autowired
    TenantRegistryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TenantBilling billing;
    @Autowired
    BillingPlans plans;
    @Autowired
    SecurityContextHolderStrategy security;

    BillingFixture fixture;
    BillingPlan plan;

    @BeforeEach
    void labAdmin() {
        fixture = new BillingFixture(store, jdbc, port);
        TestingAuthenticationToken labAdmin = new TestingAuthenticationToken("labbeheer", "n/a", "ROLE_lab-admin");
        var securityContext = security.createEmptyContext();
        securityContext.setAuthentication(labAdmin);
        security.setContext(securityContext);
        String id = "test-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        plan = plans.save(new BillingPlans.PlanForm(id, "Proef", new BigDecimal("250.00"), "month", "initiatives", 5,
                "price_" + id.replace("-", "")));
    }

    @AfterEach
    void cleanUp() {
        security.clearContext();
        fixture.removeAll();
    }

    @Test
    void makingACustomerSendsTheInvoiceDetailsWithAnIdempotencyKey() {
        var tenant = fixture.tenant("lab-cus");
        int before = fixture.stripe().requests("POST", "/v1/customers").size();

        var account = billing.createCustomer(tenant, "Gemeente Proefstad, afdeling Financiën", "facturen@proefstad.example");

        var sent = fixture.stripe().requests("POST", "/v1/customers").subList(before, fixture.stripe().requests("POST", "/v1/customers").size());
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().form()).containsEntry("name", "Gemeente Proefstad, afdeling Financiën")
                .containsEntry("email", "facturen@proefstad.example")
                .containsEntry("metadata[rugzak_tenant]", tenant.slug());
        assertThat(sent.getFirst().idempotencyKey()).startsWith("rugzak-customer-" + tenant.slug() + "-");
        assertThat(account.customerId()).startsWith("cus_");
        assertThat(fixture.audits(tenant, "billing.customer.create")).isEqualTo(1);

        assertThatThrownBy(() -> billing.createCustomer(tenant, "Nog een keer", "x@proefstad.example"))
                .isInstanceOf(BillingException.class).hasMessageContaining("al klant");
    }

    @Test
    void badInvoiceDetailsAreRefusedWithoutAskingStripe() {
        var tenant = fixture.tenant("lab-bad");
        int before = fixture.stripe().requests().size();

        assertThatThrownBy(() -> billing.createCustomer(tenant, " ", "facturen@proefstad.example"))
                .isInstanceOf(BillingException.class).hasMessageContaining("naam");
        assertThatThrownBy(() -> billing.createCustomer(tenant, "Proefstad", "geen-adres"))
                .isInstanceOf(BillingException.class).hasMessageContaining("e-mailadres");

        assertThat(fixture.stripe().requests()).hasSize(before);
        assertThat(billing.account(tenant)).isEmpty();
    }

    @Test
    void anInvoiceSubscriptionIsSentWithPaymentTermsAndRetriedUnderTheSameKey() {
        var tenant = fixture.tenant("lab-sub");
        var account = billing.createCustomer(tenant, "Proefstad", "facturen@proefstad.example");
        int before = fixture.stripe().requests("POST", "/v1/subscriptions").size();
        fixture.stripe().failNext(1);

        billing.startSubscription(tenant, plan.id(), TenantBilling.Payment.INVOICE, 30);

        var sent = fixture.stripe().requests("POST", "/v1/subscriptions");
        sent = sent.subList(before, sent.size());
        assertThat(sent).as("one failure, retried by the client").hasSize(2);
        assertThat(sent).extracting(r -> r.idempotencyKey()).containsOnly(sent.getFirst().idempotencyKey());
        assertThat(sent.getFirst().idempotencyKey()).startsWith("rugzak-subscription-" + tenant.slug() + "-1-");
        assertThat(sent.getLast().form()).containsEntry("customer", account.customerId())
                .containsEntry("items[0][price]", plan.stripePriceId())
                .containsEntry("collection_method", "send_invoice")
                .containsEntry("days_until_due", "30");
        var stored = billing.account(tenant).orElseThrow();
        assertThat(stored.subscriptionStatus()).isEqualTo("active");
        assertThat(stored.planId()).isEqualTo(plan.id());
        assertThat(jdbc.sql("SELECT plan FROM control.tenant WHERE slug = ?").param(tenant.slug()).query(String.class).single())
                .isEqualTo(plan.id());
        assertThatThrownBy(() -> billing.startSubscription(tenant, plan.id(), TenantBilling.Payment.INVOICE, 30))
                .isInstanceOf(BillingException.class).hasMessageContaining("al een abonnement");
    }

    @Test
    void aCheckoutLinkIsMadeForCardAndSepaDebit() {
        var tenant = fixture.tenant("lab-chk");
        var account = billing.createCustomer(tenant, "Proefstad", "facturen@proefstad.example");

        var link = billing.startSubscription(tenant, plan.id(), TenantBilling.Payment.CHECKOUT, 0);

        assertThat(link).contains("https://checkout.stripe.test/c/pay");
        var sent = fixture.stripe().requests("POST", "/v1/checkout/sessions").getLast();
        assertThat(sent.form()).containsEntry("customer", account.customerId()).containsEntry("mode", "subscription")
                .containsEntry("payment_method_types[0]", "card").containsEntry("payment_method_types[1]", "sepa_debit")
                .containsEntry("line_items[0][price]", plan.stripePriceId());
        assertThat(sent.idempotencyKey()).startsWith("rugzak-checkout-" + tenant.slug() + "-");
        assertThat(billing.account(tenant).orElseThrow().checkoutUrl()).isEqualTo("https://checkout.stripe.test/c/pay");
    }

    @Test
    void resyncFetchesTheStatusOnDemand() {
        var tenant = fixture.billed("lab-sync", "active");
        fixture.stripe().setStatus(tenant.subscription(), "past_due");

        billing.resync(tenant.id());

        assertThat(billing.account(tenant.id()).orElseThrow().subscriptionStatus()).isEqualTo("past_due");
        assertThat(fixture.audits(tenant.id(), "billing.status")).isEqualTo(1);
    }

    @Test
    void onlyTheLabMayBill() {
        var tenant = fixture.tenant("lab-role");
        var securityContext = security.createEmptyContext();
        securityContext.setAuthentication(new TestingAuthenticationToken("beheerder", "n/a", "ROLE_tenant-admin"));
        security.setContext(securityContext);

        assertThatThrownBy(() -> billing.createCustomer(tenant, "Proefstad", "facturen@proefstad.example"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.save(new BillingPlans.PlanForm("gratis", "Gratis", BigDecimal.ZERO, "month", "", 1, "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void invalidPlansAreRefusedFieldByField() {
        assertThatThrownBy(() -> plans.save(new BillingPlans.PlanForm("lab", "", new BigDecimal("-1"), "week", "Niet Goed!", 0, "prijs")))
                .isInstanceOfSatisfying(BillingPlans.InvalidPlan.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("id", "name", "amount", "interval", "modules", "staff", "price"));
        assertThat(plans.all()).noneMatch(p -> p.id().equals("lab"));
    }
}
