package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import nl.rugzak.platform.RugzakApplication;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.platform.support.AsUser;
import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.schemas.SchemaHealth;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts the application itself, twice (and once more in migrate-only mode), on one embedded data folder. */
class RestartAndBrokenMigrationIT {

    private static final TenantId VOORBEELD = new TenantId("voorbeeld");
    private static final TenantId KAPOT = new TenantId("kapot");

    private final Path data = IntegrationTest.freshFolder("rugzak-restart-");

    @Test
    void dataSurvivesARestartAndOneBrokenTenantDoesNotStopTheOthers() {
        try (ConfigurableApplicationContext first = start(WebApplicationType.SERVLET)) {
            TenantContext.run(VOORBEELD, () -> new AsUser(first).run(() -> first.getBean(SiteService.class)
                    .write("blijft", "Blijft bewaard", "Geschreven voor de herstart"), "tenant-admin"));
            first.getBean(TenantCreation.class).create(new NewTenant("kapot", "Gemeente Kapot", "kapot.localhost",
                    List.of(), List.of("nl")));
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            // A changeset that will fail for this tenant only: its table exists, but its history says it does not.
            TenantContext.run(KAPOT, () -> jdbc.sql("DELETE FROM databasechangelog WHERE id = 'site-001-pages'").update());
            jdbc.sql("UPDATE control.tenant SET schema_fingerprint = NULL WHERE slug = 'kapot'").update();
        }

        try (ConfigurableApplicationContext second = start(WebApplicationType.SERVLET)) {
            assertThat(TenantContext.call(VOORBEELD, () -> second.getBean(SiteService.class).page("blijft"))
                    .orElseThrow().getBody()).isEqualTo("Geschreven voor de herstart");

            SchemaHealth.Failure failure = second.getBean(SchemaHealth.class).failure(KAPOT).orElseThrow();
            assertThat(failure.changeSet()).contains("site-001-pages");
            assertThat(second.getBean(SchemaHealth.class).isHealthy(VOORBEELD)).isTrue();

            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            HttpResponse<String> broken = new HttpSite(port, "kapot.localhost").get("/");
            assertThat(broken.statusCode()).isEqualTo(503);
            assertThat(broken.body()).contains("tijdelijk niet beschikbaar").doesNotContain("Exception", "site_page");
            assertThat(new HttpSite(port, "voorbeeld.localhost").get("/").body()).contains("Gemeente Voorbeeldstad");
            assertThat(new HttpSite(port, "oosterhaven.localhost").get("/").statusCode()).isEqualTo(200);
        }

        // A deploy job's migrate-only run reports the broken tenant through its exit code.
        assertThat(RugzakApplication.migrateOnly("--rugzak.data-dir=" + data, "--rugzak.embedded.postgres-port=0",
                "--rugzak.keycloak.embedded=false"))
                .isEqualTo(1);
    }

    private ConfigurableApplicationContext start(WebApplicationType type) {
        return new SpringApplicationBuilder(RugzakApplication.class)
                .web(type)
                .run("--rugzak.data-dir=" + data, "--rugzak.embedded.postgres-port=0", "--server.port=0",
                        "--rugzak.keycloak.embedded=false");
    }
}
