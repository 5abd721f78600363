package nl.rugzak.platform.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.FaultInjection;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.identity.AdminInvitations;
import nl.rugzak.tenantadmin.identity.RealmSpec;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.FirstAdmin;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.ProvisioningPipeline;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRequest;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns;
import nl.rugzak.tenantadmin.provisioning.ProvisioningStep;
import nl.rugzak.tenantadmin.provisioning.TenantValidationException;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProvisioningPipelineIT extends IntegrationTest {

    @Autowired
    ProvisioningPipeline pipeline;
    @Autowired
    ProvisioningRuns runs;
    @Autowired
    TenantRegistry registry;
    @Autowired
    TenantRealms realms;
    @Autowired
    AdminInvitations invitations;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FaultInjection.Faults faults;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @AfterEach
    void noFaults() {
        faults.clear();
    }

    @Test
    void invalidInputIsRefusedWithAMessagePerFieldAndCreatesNothing() {
        long runsBefore = count("SELECT count(*) FROM control.provisioning_run");
        long rolesBefore = count("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'tenant\\_%'");
        ProvisioningRequest bad = new ProvisioningRequest(
                new NewTenant("Admin", "", "voorbeeld.localhost", List.of("geen domein"), List.of()),
                new FirstAdmin("", "", "geen-adres"), List.of());

        assertThatThrownBy(() -> asLabAdmin(() -> pipeline.start(bad)))
                .isInstanceOfSatisfying(TenantValidationException.class, e -> assertThat(e.problems()).containsKeys(
                        "displayName", "slug", "primaryHost", "aliasHosts", "locales", "adminFirstName",
                        "adminLastName", "adminEmail"));

        assertThat(count("SELECT count(*) FROM control.provisioning_run")).isEqualTo(runsBefore);
        assertThat(count("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'tenant\\_%'")).isEqualTo(rolesBefore);
        assertThat(audit.find(new AuditLog.Filter(null, "tenant.create", AuditLog.Outcome.REFUSED, null), 5)).isNotEmpty();
    }

    @Test
    void aNewMunicipalityGoesLiveAndItsFirstAdminIsInvitedByMailInItsLanguage() throws Exception {
        String email = "beheer@zuiderveen.example";
        long run = asLabAdmin(() -> pipeline.start(new ProvisioningRequest(new NewTenant("zuiderveen",
                "Gemeente Zuiderveen", "zuiderveen.localhost", List.of(), List.of("en")),
                new FirstAdmin("Bea", "Heer", email), List.of())));
        ProvisioningRuns.Run finished = awaitEnd(run);

        assertThat(finished.status()).isEqualTo(ProvisioningRuns.RunStatus.SUCCEEDED);
        assertThat(finished.steps().get(ProvisioningStep.FIRST_ADMIN.ordinal()).output()).doesNotContain("/uitnodiging/");
        // An English-only municipality: Keycloak writes the invitation in English, in the municipality's name.
        var invitation = mailbox().awaitMail(email);
        assertThat(invitation.subject()).isEqualTo("Invitation: finish your account");
        assertThat(invitation.html()).contains("You are invited").contains("Gemeente Zuiderveen")
                .doesNotContain("Voorbeeldstad", "Oosterhaven");
        assertThat(invitation.from()).contains("Gemeente Zuiderveen").contains("noreply@zuiderveen.localhost");

        Browser admin = browser();
        String link = nl.rugzak.platform.support.TestMailbox.links(invitation).stream()
                .filter(l -> l.contains("action-token")).findFirst().orElseThrow();
        var choose = admin.follow(link);
        for (int i = 0; i < 3 && !choose.body().contains("name=\"password-new\""); i++) {
            var proceed = java.util.regex.Pattern.compile("href=\"([^\"]*login-actions/action-token[^\"]*)\"").matcher(choose.body());
            assertThat(proceed.find()).as("a link to go on at " + choose.uri()).isTrue();
            choose = admin.follow(choose.uri().resolve(proceed.group(1).replace("&amp;", "&")).toString());
        }
        var action = java.util.regex.Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(choose.body());
        assertThat(action.find()).isTrue();
        admin.post(action.group(1).replace("&amp;", "&"), java.util.Map.of("password-new", "een-goed-wachtwoord",
                "password-confirm", "een-goed-wachtwoord"));

        Browser loggingIn = browser();
        loggingIn.logIn("zuiderveen.localhost:" + port, email, "een-goed-wachtwoord");
        assertThat(loggingIn.get("http://zuiderveen.localhost:" + port + "/api/me").body()).contains("tenant-admin");
    }

    @Test
    void withoutMailAnInvitationLinkWorksOnceOnlyOnItsOwnSiteAndOnlyWithAStrongPassword() throws Exception {
        long run = asLabAdmin(() -> pipeline.start(request("noordveen")));
        assertThat(awaitEnd(run).status()).isEqualTo(ProvisioningRuns.RunStatus.SUCCEEDED);
        TenantId id = new TenantId("noordveen");
        String output = invitations.invite(registry.find(id).orElseThrow(), "Nico", "Noord", "nico@noordveen.example");
        String token = output.substring(output.indexOf("/uitnodiging/") + "/uitnodiging/".length()).trim();

        assertThatThrownBy(() -> invitations.accept(new TenantId("voorbeeld"), token, "een-goed-wachtwoord"))
                .hasMessageContaining("werkt niet");
        assertThatThrownBy(() -> invitations.accept(id, token, "kort")).hasMessageContaining("niet sterk genoeg");
        invitations.accept(id, token, "een-goed-wachtwoord");
        assertThatThrownBy(() -> invitations.accept(id, token, "nog-een-wachtwoord")).hasMessageContaining("werkt niet");

        Browser admin = browser();
        admin.logIn("noordveen.localhost:" + port, "nico@noordveen.example", "een-goed-wachtwoord");
        assertThat(admin.get("http://noordveen.localhost:" + port + "/api/me").body()).contains("tenant-admin");
    }

    @Test
    void aFailureAtAnyStepCanBeRetriedAndEndsAsACleanRunWould() {
        for (ProvisioningStep step : ProvisioningStep.values()) {
            String slug = "storing-" + step.ordinal();
            TenantId id = new TenantId(slug);
            faults.failAt(id, step);
            long run = asLabAdmin(() -> pipeline.start(request(slug)));
            ProvisioningRuns.Run failed = awaitEnd(run);
            assertThat(failed.status()).as(step.name()).isEqualTo(ProvisioningRuns.RunStatus.FAILED);
            assertThat(failed.steps().get(step.ordinal()).error()).contains("Injected failure at " + step);
            assertThat(site(slug + ".localhost").get("/").statusCode()).as("not served before all steps").isEqualTo(404);

            faults.clear();
            asLabAdmin(() -> {
                pipeline.retry(run);
                return null;
            });
            ProvisioningRuns.Run retried = awaitEnd(run);
            assertThat(retried.status()).as(step.name()).isEqualTo(ProvisioningRuns.RunStatus.SUCCEEDED);
            assertCompleteAndSingle(id);
            assertThat(retried.steps().get(step.ordinal()).attempts()).isEqualTo(2);
        }
    }

    @Test
    void aRunInterruptedByARestartResumes() {
        TenantId id = new TenantId("herstart");
        faults.failAt(id, ProvisioningStep.REALM);
        long run = asLabAdmin(() -> pipeline.start(request("herstart")));
        awaitEnd(run);
        // What a stopped application leaves behind: the run still "running", its step half done.
        jdbc.sql("UPDATE control.provisioning_run SET status = 'RUNNING', finished_at = NULL WHERE id = ?").param(run).update();
        jdbc.sql("UPDATE control.provisioning_step SET status = 'RUNNING', error = NULL WHERE run_id = ? AND step = 'REALM'")
                .param(run).update();
        faults.clear();

        pipeline.resumeUnfinishedRuns();

        assertThat(awaitEnd(run).status()).isEqualTo(ProvisioningRuns.RunStatus.SUCCEEDED);
        assertCompleteAndSingle(id);
    }

    private void assertCompleteAndSingle(TenantId id) {
        var tenant = registry.find(id).orElseThrow();
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(count("SELECT count(*) FROM control.tenant_domain WHERE host = '" + id.slug() + ".localhost'")).isEqualTo(1);
        assertThat(TenantContext.call(id, () -> jdbc.sql("SELECT count(*) FROM site_page").query(Long.class).single()))
                .isEqualTo(4);
        var realm = realms.server().admin().realm(id.slug());
        assertThat(realm.clients().findByClientId(RealmSpec.CLIENT_ID)).hasSize(1);
        assertThat(realm.users().searchByEmail("beheer@" + id.slug() + ".example", true)).hasSize(1);
        assertThat(site(id.slug() + ".localhost").get("/").statusCode()).isEqualTo(200);
    }

    private ProvisioningRuns.Run awaitEnd(long run) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> runs.find(run).orElseThrow().status() != ProvisioningRuns.RunStatus.RUNNING);
        return runs.find(run).orElseThrow();
    }

    private static ProvisioningRequest request(String slug) {
        String name = "Gemeente " + Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
        return new ProvisioningRequest(new NewTenant(slug, name, slug + ".localhost", List.of(), List.of("nl", "en")),
                new FirstAdmin("Bea", "Heer", "beheer@" + slug + ".example"), List.of());
    }

    private <T> T asLabAdmin(java.util.function.Supplier<T> work) {
        return asUser().withRoles(work, "lab-admin");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

}
