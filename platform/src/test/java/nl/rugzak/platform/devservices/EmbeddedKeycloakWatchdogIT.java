package nl.rugzak.platform.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The embedded Keycloak dies (a crash, a kill by the system): it is started again and logging in works again. */
class EmbeddedKeycloakWatchdogIT extends IntegrationTest {

    @Test
    void aKilledKeycloakIsStartedAgainAndLoginWorksAgain() {
        awaitIdentity();
        ProcessHandle server = keycloakProcess();

        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !server.isAlive());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> site("voorbeeld.localhost").get("/inloggen").statusCode() == 503);

        // A restart takes about 10 s on an idle machine; the test machine is shared.
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                .until(() -> site("voorbeeld.localhost").get("/inloggen").statusCode() == 302);
        assertThat(keycloakProcess()).isNotEqualTo(server);
        Browser resident = browser();
        HttpResponse<String> landed = resident.logIn("voorbeeld.localhost:" + port, "bewoner", "rugzak-demo-2026");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(resident.get("http://voorbeeld.localhost:" + port + "/api/me").statusCode()).isEqualTo(200);
    }

    /** The Keycloak server this test's application started (its only child running Keycloak's Quarkus entry point). */
    private static ProcessHandle keycloakProcess() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("kc.home.dir")).findFirst().orElseThrow();
    }
}
