package nl.rugzak.platform.billing;

import static nl.rugzak.platform.billing.BillingFixture.event;
import static nl.rugzak.platform.billing.BillingFixture.newEventId;
import static nl.rugzak.platform.billing.BillingFixture.subscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.rugzak.platform.billing.ui.PastDueBanner;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.billing.BillingException;
import nl.rugzak.tenantadmin.billing.CustomerPortal;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** What a municipality's own admins see of billing: the past-due banner and the customer portal, only their own. */
class PastDueBannerIT extends IntegrationTest {

    @Autowired
    TenantRegistryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerPortal portal;
    @Autowired
    SecurityContextHolderStrategy security;

    BillingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BillingFixture(store, jdbc, port);
    }

    @AfterEach
    void cleanUp() {
        security.clearContext();
        fixture.removeAll();
    }

    @Test
    void pastDueShowsTheBannerToTheTenantsAdminsOnly() {
        var late = fixture.billed("bn-late", "active");
        var paid = fixture.billed("bn-paid", "active");
        assertThat(banner(late.id(), "tenant-admin").isVisible()).isFalse();

        fixture.stripe().setStatus(late.subscription(), "past_due");
        fixture.deliver(event(newEventId(), "customer.subscription.updated", false,
                subscription(late.subscription(), late.customer(), "past_due", paid.id().slug())));

        PastDueBanner shown = banner(late.id(), "tenant-admin");
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getElement().getTextRecursively()).contains("betaling open").contains("Facturen bekijken");
        assertThat(banner(late.id(), "editor").isVisible()).as("not for editors").isFalse();
        assertThat(banner(paid.id(), "tenant-admin").isVisible()).as("another tenant").isFalse();
    }

    @Test
    void theCustomerPortalOpensForTheCurrentTenantsOwnCustomerOnly() {
        var a = fixture.billed("bn-a", "active");
        var b = fixture.billed("bn-b", "active");
        TenantId unbilled = fixture.tenant("bn-none");
        login("tenant-admin");

        String urlA = TenantContext.call(a.id(), () -> portal.openPortal("/beheer/facturatie"));
        String urlB = TenantContext.call(b.id(), () -> portal.openPortal("/beheer/facturatie"));

        assertThat(urlA).endsWith(a.customer());
        assertThat(urlB).endsWith(b.customer());
        var sent = fixture.stripe().requests("POST", "/v1/billing_portal/sessions").getLast();
        assertThat(sent.form()).containsEntry("customer", b.customer())
                .containsEntry("return_url", "http://" + b.id().slug() + ".billing.localhost:" + port + "/beheer/facturatie");
        assertThat(sent.idempotencyKey()).startsWith("rugzak-portal-" + b.id().slug() + "-");
        assertThatThrownBy(() -> TenantContext.call(unbilled, () -> portal.openPortal("/beheer/facturatie")))
                .isInstanceOf(BillingException.class).hasMessageContaining("nog geen facturatie");

        login("editor");
        assertThatThrownBy(() -> TenantContext.call(a.id(), () -> portal.openPortal("/beheer/facturatie")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private PastDueBanner banner(TenantId tenant, String role) {
        login(role);
        return TenantContext.call(tenant, () -> new PastDueBanner(portal, security));
    }

    private void login(String role) {
        var context = security.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("beheerder", "n/a", "ROLE_" + role));
        security.setContext(context);
    }
}
