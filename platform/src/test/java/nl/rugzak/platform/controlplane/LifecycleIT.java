package nl.rugzak.platform.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.rugzak.platform.site.SiteService;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.exchange.TenantExchange;
import nl.rugzak.tenantadmin.identity.RealmUsers;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.lifecycle.LifecycleException;
import nl.rugzak.tenantadmin.lifecycle.TenantLifecycle;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class LifecycleIT extends IntegrationTest {

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantLifecycle lifecycle;
    @Autowired
    TenantSettings settings;
    @Autowired
    TenantExchange exchange;
    @Autowired
    TenantRegistry registry;
    @Autowired
    TenantRealms realms;
    @Autowired
    SiteService site;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void suspendedResidentsSeeANoticeStaffReadOnlyAndResumeRestores() throws Exception {
        TenantId id = tenant("pauzestad");
        realms.users().ensure("pauzestad", new RealmUsers.Person("redacteur", "redacteur@pauzestad.example", "Roos",
                "Redacteur", "rugzak-demo-2026", List.of("resident", "editor")));

        lab(() -> lifecycle.suspend(id));

        var residentView = site("pauzestad.localhost").get("/");
        assertThat(residentView.statusCode()).isEqualTo(503);
        assertThat(residentView.body()).contains("tijdelijk niet beschikbaar");
        Browser staff = browser();
        staff.logIn("pauzestad.localhost:" + port, "redacteur", "rugzak-demo-2026");
        assertThat(staff.get("http://pauzestad.localhost:" + port + "/").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> TenantContext.run(id, () -> asUser().run(() -> site.write("home", "Nieuw", ""), "editor")))
                .isInstanceOf(TenantWriteGuard.ReadOnlyException.class);
        assertThatThrownBy(() -> lab(() -> lifecycle.resume(new TenantId("voorbeeld"))))
                .isInstanceOf(LifecycleException.class);

        lab(() -> lifecycle.resume(id));
        assertThat(site("pauzestad.localhost").get("/").statusCode()).isEqualTo(200);
        TenantContext.run(id, () -> asUser().run(() -> site.write("home", "Weer open", ""), "editor"));
        assertThat(actions("pauzestad")).contains("tenant.suspend", "tenant.resume");
    }

    @Test
    void archivedIsReadOnlyForEveryone() {
        TenantId id = tenant("archiefdorp");
        lab(() -> lifecycle.archive(id));

        assertThat(site("archiefdorp.localhost").get("/").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> TenantContext.run(id, () -> asUser().run(() -> site.write("home", "x", ""), "tenant-admin")))
                .isInstanceOf(TenantWriteGuard.ReadOnlyException.class).hasMessageContaining("gearchiveerd");
        lab(() -> lifecycle.reactivate(id));
        assertThat(registry.find(id).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void deletionNeedsAnExportAndTheSlugCanBeUndoneAndPurgesEverythingAfterTheGracePeriod() {
        TenantId id = tenant("weggemeente");

        assertThatThrownBy(() -> lab(() -> lifecycle.requestDeletion(id, "weggemeente")))
                .isInstanceOf(LifecycleException.class).hasMessageContaining("export");
        lab(() -> exchange.export(id));
        assertThatThrownBy(() -> lab(() -> lifecycle.requestDeletion(id, "weg-gemeente")))
                .isInstanceOf(LifecycleException.class).hasMessageContaining("korte naam");

        lab(() -> lifecycle.requestDeletion(id, "weggemeente"));
        assertThat(site("weggemeente.localhost").get("/").statusCode()).isEqualTo(410);
        assertThat(registry.find(id).orElseThrow().deletionDueAt()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(29)));
        assertThat(lifecycle.purgeDue()).as("nothing is due yet").isZero();

        lab(() -> lifecycle.undoDeletion(id));
        assertThat(site("weggemeente.localhost").get("/").statusCode()).isEqualTo(200);

        lab(() -> lifecycle.requestDeletion(id, "weggemeente"));
        jdbc.sql("UPDATE control.tenant SET deletion_due_at = now() - interval '1 minute' WHERE slug = 'weggemeente'").update();
        registry.invalidate();
        assertThat(lifecycle.purgeDue()).isEqualTo(1);

        assertThat(registry.find(id)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_roles WHERE rolname = 'tenant_weggemeente'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'tenant_weggemeente'").query(Long.class).single()).isZero();
        assertThat(realms.server().isReachable("weggemeente")).isFalse();
        assertThat(site("weggemeente.localhost").get("/").statusCode()).isEqualTo(404);
        assertThat(actions("weggemeente")).contains("tenant.export", "tenant.delete", "tenant.delete.undo", "tenant.purge");
    }

    @Test
    void configurationChangesTakeEffectOnTheNextRequestAndTheRealmFollows() {
        TenantId id = tenant("wisseldam");

        lab(() -> settings.addAlias(id, "Nieuw.Wisseldam.localhost"));
        assertThat(site("nieuw.wisseldam.localhost").get("/").body()).contains("Gemeente Wisseldam");
        lab(() -> settings.makePrimary(id, "nieuw.wisseldam.localhost"));
        assertThat(registry.find(id).orElseThrow().primaryHost()).isEqualTo("nieuw.wisseldam.localhost");
        var client = realms.server().admin().realm("wisseldam").clients().findByClientId("rugzak-platform").getFirst();
        assertThat(client.getRedirectUris()).contains("http://nieuw.wisseldam.localhost:" + port + "/login/oauth2/code/kc-wisseldam");

        assertThatThrownBy(() -> lab(() -> settings.addAlias(id, "voorbeeld.localhost")))
                .hasMessageContaining("al in gebruik");
        assertThatThrownBy(() -> lab(() -> settings.removeAlias(id, "nieuw.wisseldam.localhost")))
                .hasMessageContaining("hoofddomein");
        lab(() -> settings.removeAlias(id, "wisseldam.localhost"));
        assertThat(site("wisseldam.localhost").get("/").statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> lab(() -> settings.setLocales(id, List.of("de")))).hasMessageContaining("taal");
        assertThatThrownBy(() -> lab(() -> settings.setContact(id, new nl.rugzak.tenantadmin.registry.Tenant.Contact("geen", null))))
                .hasMessageContaining("e-mailadres");
        lab(() -> settings.setContact(id, new nl.rugzak.tenantadmin.registry.Tenant.Contact("info@wisseldam.example", "14 020")));
        assertThat(registry.find(id).orElseThrow().contact().email()).isEqualTo("info@wisseldam.example");
        assertThat(actions("wisseldam")).contains("tenant.domain.add", "tenant.domain.primary", "tenant.domain.remove",
                "tenant.contact");
    }

    private TenantId tenant(String slug) {
        creation.create(new NewTenant(slug, "Gemeente " + Character.toUpperCase(slug.charAt(0)) + slug.substring(1),
                slug + ".localhost", List.of(), List.of("nl", "en")));
        return new TenantId(slug);
    }

    private List<String> actions(String tenant) {
        return audit.find(new AuditLog.Filter(tenant, null, null, null), 100).stream().map(AuditLog.Event::action).toList();
    }

    private void lab(Runnable work) {
        asUser().run(work, "lab-admin");
    }
}
