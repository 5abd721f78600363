package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import nl.rugzak.platform.RugzakApplication;
import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.identity.IdentityClientStore;
import nl.rugzak.tenantadmin.identity.ProvisionedClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Keycloak is configured but does not answer: the sites stay up, and logging in says so, quickly. */
class KeycloakDownIT {

    private final Path data = IntegrationTest.freshFolder("rugzak-kc-down-");

    @Test
    void publicPagesWorkAndLoggingInShowsAClearMessage() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RugzakApplication.class).run(
                "--rugzak.data-dir=" + data, "--rugzak.embedded.postgres-port=0", "--server.port=0",
                "--rugzak.keycloak.url=http://127.0.0.1:" + deadPort,
                "--rugzak.keycloak.admin-username=admin", "--rugzak.keycloak.admin-password=unused")) {
            // As if the realm had been provisioned while Keycloak was still up.
            app.getBean(IdentityClientStore.class).save(new ProvisionedClient("voorbeeld", "rugzak-platform", "s"));
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpSite voorbeeld = new HttpSite(port, "voorbeeld.localhost");

            assertThat(voorbeeld.get("/").statusCode()).isEqualTo(200);
            long started = System.nanoTime();
            HttpResponse<String> login = voorbeeld.get("/inloggen");
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.body()).contains("Inloggen is op dit moment tijdelijk niet mogelijk");
            assertThat(millis).as("answered without hanging").isLessThan(5_000);
            assertThat(voorbeeld.get("/oauth2/authorization/kc-voorbeeld").statusCode()).isEqualTo(503);
        }
    }
}
