package nl.rugzak.platform.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of the production image without a Docker engine: the Dockerfile keeps its promises (layers,
 * AOT cache recorded at build time and used at run, production mode, non-root, training database never copied in),
 * the image's health check script decides as intended against a real HTTP server, and compose.yaml and the HAProxy
 * configuration describe the production-like set. The Dockerfile's build and training steps themselves run on the
 * extracted production jar in {@code OperationsStartupBenchmark} (same deploy/aot/train.sh).
 */
class ProductionImageTest {

    private static final Path ROOT = Files.exists(Path.of("mvnw")) ? Path.of("") : Path.of("..");

    @Test
    void theDockerfileBuildsLayersRecordsTheAotCacheAndRunsInProductionMode() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("-Pproduction").contains("extract --layers")
                .contains("ENV VAADIN_USAGE_STATS_ENABLED=false").contains("RUGZAK_MODE=production")
                .contains("sh /opt/aot/train.sh /app /opt/training-postgres /app/rugzak.aot")
                .contains("ENTRYPOINT [\"java\", \"-XX:AOTCache=/app/rugzak.aot\", \"-jar\", \"/app/rugzak.jar\"]")
                .contains("HEALTHCHECK").contains("USER 10001");
        // Third-party jars first (they change least), the application's own last.
        List<String> layers = List.of("/src/layers/dependencies/", "/src/layers/spring-boot-loader/",
                "/src/layers/snapshot-dependencies/", "/src/layers/application/");
        int previous = -1;
        for (String layer : layers) {
            int at = dockerfile.indexOf("COPY --from=build --chown=rugzak:rugzak " + layer);
            assertThat(at).as(layer).isGreaterThan(previous);
            previous = at;
        }
        // The training database is bind-mounted into the one step that needs it, never copied into the image, and
        // the cache is recorded after every layer is in place (a cache only serves the class path it was made on).
        assertThat(dockerfile).doesNotContainPattern("COPY[^\\n]*training-postgres")
                .contains("--mount=type=bind,from=build,source=/opt/training-postgres");
        assertThat(dockerfile.indexOf("train.sh /app")).isGreaterThan(previous);
        assertThat(Files.readString(ROOT.resolve("deploy/aot/train.sh"))).contains("-XX:AOTCacheOutput=")
                .contains("-Dspring.context.exit=onRefresh").contains("RUGZAK_MODE=production")
                .contains("NOSUPERUSER");
    }

    @Test
    void theBuildContextLeavesOutBuildOutputAndLocalData() throws IOException {
        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore"));
        assertThat(ignored).contains("**/target/", ".rugzak-data/", ".git/", "deploy/certs/");
        assertThat(ignored).doesNotContain("deploy/", "deploy/aot/", "platform/", "build/");
    }

    @Test
    void theHealthCheckIsHealthyOnlyWhileReadinessAnswers200() throws Exception {
        AtomicInteger readiness = new AtomicInteger(200);
        HttpServer management = server(readiness);
        try {
            int managementPort = management.getAddress().getPort();
            assertThat(healthCheck(managementPort, closedPort())).isZero();
            readiness.set(503);
            assertThat(healthCheck(managementPort, closedPort())).as("readiness DOWN").isEqualTo(1);
            // The sites' port has no /actuator: a probe that answers there must never make the container healthy.
            HttpServer application = server(new AtomicInteger(200));
            try {
                assertThat(healthCheck(managementPort, application.getAddress().getPort())).isEqualTo(1);
                assertThat(healthCheck(closedPort(), application.getAddress().getPort())).isEqualTo(1);
            } finally {
                application.stop(0);
            }
            assertThat(healthCheck(closedPort(), closedPort())).as("nothing listening").isEqualTo(1);
        } finally {
            management.stop(0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsPostgresKeycloakTwoInstancesAndAStickyTlsProxy() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("compose.yaml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("postgres", "keycloak", "rugzak-1", "rugzak-2", "proxy");
        assertThat(services.get("postgres").get("image")).isEqualTo("postgres:17");
        assertThat(services.get("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:26.5");
        assertThat((List<String>) services.get("postgres").get("command")).contains("archive_mode=on");
        for (String instance : List.of("rugzak-1", "rugzak-2")) {
            Map<String, Object> environment = (Map<String, Object>) services.get(instance).get("environment");
            assertThat(environment).containsKeys("SPRING_DATASOURCE_URL", "KEYCLOAK_URL", "RUGZAK_SECRETS_KEY",
                    "RUGZAK_TRUSTED_PROXIES", "RUGZAK_BACKUP_DIR");
            assertThat(environment.get("RUGZAK_SITES_SCHEME")).isEqualTo("https");
        }
        String haproxy = Files.readString(ROOT.resolve("deploy/haproxy/haproxy.cfg"));
        assertThat(haproxy).contains("ssl crt").contains("cookie RUGZAK_INSTANCE insert")
                .contains("server rugzak-1 rugzak-1:8080 cookie r1").contains("server rugzak-2 rugzak-2:8080 cookie r2")
                .contains("check port 8081").contains("GET /actuator/health/readiness")
                .contains("X-Forwarded-Proto https").contains("deny deny_status 404 if { path_beg /actuator }");
    }

    private static HttpServer server(AtomicInteger status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{}".getBytes();
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static int healthCheck(int managementPort, int applicationPort) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("deploy/healthcheck.sh").toString())
                .redirectErrorStream(true);
        builder.environment().put("RUGZAK_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().put("PORT", String.valueOf(applicationPort));
        Process process = builder.start();
        assertThat(process.waitFor(Duration.ofSeconds(20))).as("the health check ends by itself").isTrue();
        return process.exitValue();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
