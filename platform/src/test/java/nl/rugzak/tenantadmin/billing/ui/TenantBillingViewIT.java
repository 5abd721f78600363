package nl.rugzak.tenantadmin.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import nl.rugzak.platform.billing.BillingFixture;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.billing.BillingPlan;
import nl.rugzak.tenantadmin.billing.BillingPlans;
import nl.rugzak.tenantadmin.billing.TenantBilling;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The lab's billing page, driven without a browser: a Stripe failure is shown and can be retried safely. */
class TenantBillingViewIT extends IntegrationTest {

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
    @Autowired
    ApplicationContext context;

    BillingFixture fixture;
    BillingPlan plan;

    @BeforeEach
    void labAdminInTheBrowser() {
        fixture = new BillingFixture(store, jdbc, port);
        TestingAuthenticationToken labAdmin = new TestingAuthenticationToken("labbeheer", "n/a", "ROLE_lab-admin");
        var securityContext = security.createEmptyContext();
        securityContext.setAuthentication(labAdmin);
        security.setContext(securityContext);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(labAdmin);
            request.setUserInRole((principal, role) -> "lab-admin".equals(role));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("nl.rugzak"), context, UI::new));
        String id = "ui-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        plan = plans.save(new BillingPlans.PlanForm(id, "Proef", new BigDecimal("250.00"), "month", "initiatives", 5,
                "price_" + id.replace("-", "")));
    }

    @AfterEach
    void closeBrowser() {
        security.clearContext();
        fixture.removeAll();
        MockVaadin.tearDown();
    }

    @Test
    void aStripeFailureIsShownOnThePageAndCanBeRetried() {
        var tenant = fixture.tenant("lab-ui");
        billing.createCustomer(tenant, "Proefstad", "facturen@proefstad.example");
        TestingAuthenticationToken labAdmin = new TestingAuthenticationToken("labbeheer", "n/a", "ROLE_lab-admin");
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(labAdmin);
            request.setUserInRole((principal, role) -> "lab-admin".equals(role));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("nl.rugzak"), context, UI::new));
        UI.getCurrent().navigate("tenantbeheer/gemeente/" + tenant.slug() + "/facturatie");
        TenantBillingView view = (TenantBillingView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        int before = fixture.stripe().requests("POST", "/v1/subscriptions").size();

        fixture.stripe().failNext(100);
        view.plan.setValue(view.plan.getListDataView().getItems().filter(p -> p.id().equals(plan.id())).findFirst().orElseThrow());
        view.daysUntilDue.setValue(45);
        descendants(view).filter(c -> c instanceof com.vaadin.flow.component.button.Button b && "Abonnement starten".equals(b.getText()))
                .map(c -> (com.vaadin.flow.component.button.Button) c).findFirst().orElseThrow().click();
        assertThat(view.message.getText()).contains("niet bereikbaar");
        assertThat(view.retry.isVisible()).isTrue();
        assertThat(billing.account(tenant).orElseThrow().subscriptionId()).isNull();

        fixture.stripe().failNext(0);
        view.retry.click();
        assertThat(view.message.getText()).contains("Het abonnement loopt");
        assertThat(view.status.getText()).contains("betaald en actief");
        var sent = fixture.stripe().requests("POST", "/v1/subscriptions");
        sent = sent.subList(before, sent.size());
        assertThat(sent.size()).isGreaterThan(1);
        assertThat(sent).extracting(r -> r.idempotencyKey()).containsOnly(sent.getFirst().idempotencyKey());
        assertThat(sent.getLast().form()).containsEntry("days_until_due", "45");
    }

    @Test
    void thePlansPageOpensAndSavesAPlan() {
        BillingPlansView page = UI.getCurrent().navigate(BillingPlansView.class).orElseThrow();
        page.id.setValue("lab");
        page.save.click();
        assertThat(page.id.isInvalid()).isTrue();
        assertThat(page.message.getText()).contains("Niet alles is goed ingevuld");

        String id = "pl-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        page.id.setValue(id);
        page.name.setValue("Groot");
        page.amount.setValue(new BigDecimal("1200.50"));
        page.interval.setValue("year");
        page.modules.setValue("initiatives, polls");
        page.staff.setValue(50);
        page.price.setValue("price_groot");
        page.save.click();
        assertThat(page.message.getText()).contains("opgeslagen");
        assertThat(plans.all()).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.amountCents()).isEqualTo(120050);
            assertThat(p.modules()).containsExactly("initiatives", "polls");
        });
    }

    @Test
    void pastDueIsVisibleToTheLab() {
        var late = fixture.billed("ui-late", "past_due");
        UI.getCurrent().navigate("tenantbeheer/gemeente/" + late.id().slug() + "/facturatie");
        TenantBillingView view = (TenantBillingView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(view.status.getText()).contains("achterstallig");
        assertThat(view.getElement().getTextRecursively()).contains("RUGZAK-0001");

        BillingPlansView page = UI.getCurrent().navigate(BillingPlansView.class).orElseThrow();
        assertThat(page.accounts.getGenericDataView().getItems().filter(a -> a.tenant().equals(late.id())).findFirst())
                .hasValueSatisfying(a -> assertThat(a.subscriptionStatus()).isEqualTo("past_due"));
    }

    @Test
    void inEnglishTheBillingPagesSpeakEnglish() {
        var late = fixture.billed("ui-late-en", "past_due");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("tenantbeheer/gemeente/" + late.id().slug() + "/facturatie");
        TenantBillingView view = (TenantBillingView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        String billingPage = view.getElement().getTextRecursively() + " " + view.getPageTitle();
        assertThat(view.status.getText()).isEqualTo("Status: payment overdue");
        assertThat(billingPage).contains("Billing – ", "Back to the municipality", "Attention: a payment is overdue",
                "Recent invoices", "Billing – Co-creation Lab").doesNotContainPattern("![a-z][a-z0-9.-]+!");

        BillingPlansView page = UI.getCurrent().navigate(BillingPlansView.class).orElseThrow();
        page.id.setValue("lab");
        page.save.click();
        assertThat(page.message.getText()).isEqualTo("Not everything has been filled in correctly. Nothing has been saved.");
        assertThat(page.id.getErrorMessage()).startsWith("Use 2 to 40 lower-case letters");
        assertThat(page.getElement().getTextRecursively() + page.getPageTitle() + page.id.getLabel())
                .contains("Plans", "Add or change a plan", "Short name", "Plans – Co-creation Lab")
                .doesNotContainPattern("![a-z][a-z0-9.-]+!");
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.getChildren().flatMap(TenantBillingViewIT::descendants));
    }
}
