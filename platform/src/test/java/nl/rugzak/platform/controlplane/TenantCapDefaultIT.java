package nl.rugzak.platform.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.rugzak.platform.RugzakApplication;
import nl.rugzak.platform.support.AsUser;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.FirstAdmin;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.ProvisioningPipeline;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRequest;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns;
import nl.rugzak.tenantadmin.provisioning.TenantCap;
import nl.rugzak.tenantadmin.provisioning.TenantValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cap as shipped: unlike {@link IntegrationTest}, this context leaves {@code rugzak.tenants.max} unset, so it
 * has its own PostgreSQL. No Keycloak (the cap is the database's business, and a second Keycloak would cost a
 * minute); provisioning then skips the realm, as it does without one in production.
 */
@SpringBootTest(classes = RugzakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TenantCapDefaultIT {

    private static final int SUBMISSIONS = 12;

    @DynamicPropertySource
    static void ownDatabaseAndTheDefaultCap(DynamicPropertyRegistry registry) {
        registry.add("rugzak.data-dir", () -> IntegrationTest.freshFolder("rugzak-cap-").toString());
        registry.add("rugzak.embedded.postgres-port", () -> "0");
        registry.add("rugzak.keycloak.embedded", () -> "false");
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    @Autowired
    ProvisioningPipeline pipeline;
    @Autowired
    ProvisioningRuns runs;
    @Autowired
    TenantCap cap;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext application;

    @Test
    void twelveConcurrentWizardSubmissionsFillTheDefaultCapAndTheRestLeaveNothingBehind() throws Exception {
        assertThat(cap.max()).as("the default of rugzak.tenants.max").isEqualTo(10);
        assertThat(count("SELECT max_tenants FROM control.tenant_cap")).isEqualTo(10);
        long demos = count("SELECT count(*) FROM control.tenant WHERE status <> 'DELETED'");
        assertThat(demos).as("the demo municipalities count too").isEqualTo(2);

        AsUser labAdmin = new AsUser(application);
        CountDownLatch together = new CountDownLatch(1);
        List<Future<Long>> submissions = new ArrayList<>();
        try (ExecutorService wizards = Executors.newFixedThreadPool(SUBMISSIONS)) {
            for (int i = 0; i < SUBMISSIONS; i++) {
                String slug = "plafond-" + i;
                Callable<Long> submit = () -> {
                    together.await();
                    return labAdmin.withRoles(() -> pipeline.start(request(slug)), "lab-admin");
                };
                submissions.add(wizards.submit(submit));
            }
            together.countDown();
        }

        List<Long> started = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Future<Long> submission : submissions) {
            try {
                started.add(submission.get(2, TimeUnit.MINUTES));
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(TenantValidationException.class);
                refusals.add(((TenantValidationException) e.getCause()).problems().get("cap"));
            }
        }
        assertThat(started).hasSize(10 - (int) demos);
        assertThat(refusals).hasSize(SUBMISSIONS - started.size())
                .allSatisfy(text -> assertThat(text).startsWith("Het maximum van 10 gemeenten is bereikt."));

        for (long run : started) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> runs.find(run).orElseThrow().status() != ProvisioningRuns.RunStatus.RUNNING);
            assertThat(runs.find(run).orElseThrow().status()).isEqualTo(ProvisioningRuns.RunStatus.SUCCEEDED);
        }
        assertThat(count("SELECT count(*) FROM control.tenant WHERE status <> 'DELETED'")).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM control.tenant WHERE slug LIKE 'plafond-%'")).isEqualTo(started.size());
        assertThat(count("SELECT count(*) FROM control.provisioning_run WHERE tenant_slug LIKE 'plafond-%'"))
                .as("a refused submission leaves no run").isEqualTo(started.size());
        assertThat(count("SELECT count(*) FROM control.tenant_domain WHERE host LIKE 'plafond-%'")).isEqualTo(started.size());
        assertThat(count("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'tenant\\_plafond\\_%'")).isEqualTo(started.size());
        assertThat(count("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'tenant\\_plafond\\_%'")).isEqualTo(started.size());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static ProvisioningRequest request(String slug) {
        return new ProvisioningRequest(
                new NewTenant(slug, "Gemeente " + slug, slug + ".localhost", List.of(), List.of("nl", "en")),
                new FirstAdmin("Bea", "Heer", "beheer@" + slug + ".example"), List.of());
    }
}
