package nl.rugzak.platform.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import nl.rugzak.platform.RugzakApplication;
import nl.rugzak.platform.devservices.EmbeddedDatabase;
import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running application and comes back. This context has its own PostgreSQL (stopping
 * the shared one would break the other tests) and no Keycloak: pages for anonymous visitors need none. It runs the
 * embedded default as the README's command does, so it also shows how that default keeps its data.
 */
@SpringBootTest(classes = RugzakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseOutageIT {

    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(2);
    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("rugzak.data-dir", () -> IntegrationTest.freshFolder("rugzak-outage-").toString());
        registry.add("rugzak.embedded.postgres-port", () -> "0");
        registry.add("rugzak.keycloak.embedded", () -> "false");
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    @LocalServerPort
    int port;
    /** The probes ask the management port (RUGZAK_MANAGEMENT_PORT), which no site's filters stand in front of. */
    @LocalManagementPort
    int management;
    @Autowired
    EmbeddedDatabase database;
    @Autowired
    JdbcClient jdbc;

    @Test
    void whileTheDatabaseIsDownPagesSayTemporarilyUnavailableAtOnceAndComeBackByThemselves() throws Exception {
        HttpSite site = new HttpSite(port, "voorbeeld.localhost");
        HttpSite probe = new HttpSite(management, "127.0.0.1");
        assertThat(site.get("/").statusCode()).isEqualTo(200);
        assertThat(probe.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        database.stop();
        try {
            // The application notices by itself, without a visitor having to wait for it.
            await().atMost(NOTICED_WITHIN).pollInterval(Duration.ofMillis(50))
                    .until(() -> probe.get("/actuator/health/readiness").statusCode() == 503);

            long started = System.nanoTime();
            HttpResponse<String> page = site.get("/");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_ONCE);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(page.body()).contains("tijdelijk niet beschikbaar").doesNotContain("temporarily");

            started = System.nanoTime();
            HttpResponse<String> english = site.get("/initiatieven", Map.of("Cookie", "rugzak-taal=en"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_ONCE);
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.body()).contains("temporarily unavailable").doesNotContain("tijdelijk");

            HttpResponse<String> readiness = probe.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN");
            assertThat(probe.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            database.restart();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(site.get("/").statusCode()).isEqualTo(200);
            assertThat(probe.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        });
    }

    @Test
    void theEmbeddedDefaultWritesItsDataThroughToDisk() {
        // Without fsync a crash of the machine can corrupt the data folder the README tells people to keep.
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
    }
}
