package nl.rugzak.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * What the lab's monitoring reads: probes and Prometheus on the management port, for no tenant and by no host;
 * nothing of it on the sites' port; metrics with the municipality they belong to; a request id on every answer.
 */
class OperationsIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalManagementPort
    int management;
    @Autowired
    DemoUsers users;
    @Autowired
    Initiatives initiatives;
    @Autowired
    Comments comments;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void probesAnswerOnTheManagementPortWhateverTheHost() throws Exception {
        assertThat(management).isNotEqualTo(port);
        for (String host : new String[] {"127.0.0.1", "voorbeeld.localhost", "onbekend.example"}) {
            HttpResponse<String> liveness = managementGet("/actuator/health/liveness", host);
            assertThat(liveness.statusCode()).as(host).isEqualTo(200);
            assertThat(liveness.body()).contains("\"status\":\"UP\"");
        }
        // A listener found silent is replaced when readiness asks; the next answers show it listening again.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() -> {
            HttpResponse<String> readiness = managementGet("/actuator/health/readiness", "onbekend.example");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"database\":{\"status\":\"UP\"")
                    .contains("\"keycloak\"").contains("\"tenantSchemas\":{\"status\":\"UP\"")
                    .contains("\"clusterEvents\":{\"status\":\"UP\"");
        });
    }

    @Test
    void theSitesPortServesNoActuator() {
        for (String host : new String[] {"127.0.0.1", "voorbeeld.localhost", "admin.localhost"}) {
            HttpResponse<String> metrics = site(host).get("/actuator/prometheus");
            assertThat(metrics.statusCode()).as(host).isNotEqualTo(200);
            assertThat(metrics.body()).doesNotContain("http_server_requests");
            HttpResponse<String> health = site(host).get("/actuator/health");
            assertThat(health.body()).as(host).doesNotContain("\"status\"");
        }
    }

    @Test
    void requestsAreCountedPerMunicipality() throws Exception {
        assertThat(site("voorbeeld.localhost").get("/").statusCode()).isEqualTo(200);
        assertThat(site("oosterhaven.localhost").get("/").statusCode()).isEqualTo(200);
        assertThat(site("onbekend.example").get("/").statusCode()).isEqualTo(404);

        String metrics = prometheus();
        String requestLines = metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count"))
                .limit(20).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(count(metrics, "http_server_requests_seconds_count", "tenant=\"voorbeeld\"")).as(requestLines)
                .isPositive();
        assertThat(count(metrics, "http_server_requests_seconds_count", "tenant=\"oosterhaven\"")).isPositive();
        // Each page view opened a Vaadin session and UI of its own site.
        assertThat(count(metrics, "rugzak_vaadin_sessions", "tenant=\"voorbeeld\"")).isPositive();
        assertThat(count(metrics, "rugzak_vaadin_uis", "tenant=\"oosterhaven\"")).isPositive();
        assertThat(metrics).contains("rugzak_provisioning_runs{").contains("status=\"succeeded\"");
        // The request is observed once, not once more for each of Spring Security's filters.
        assertThat(metrics).doesNotContain("spring_security_filterchains");
    }

    @Test
    void withTracingOffNoTracerRunsOnARequest() {
        assertThat(context.getBeansOfType(io.micrometer.tracing.Tracer.class).values())
                .allMatch(tracer -> tracer == io.micrometer.tracing.Tracer.NOOP);
        assertThat(context.getBeanNamesForType(io.micrometer.tracing.handler.TracingObservationHandler.class))
                .isEmpty();
        assertThat(site("voorbeeld.localhost").get("/api/v1/polls").statusCode()).isEqualTo(200);
    }

    @Test
    void supportsAndCommentsAreCountedForTheirModuleAndMunicipalityOnly() throws Exception {
        awaitIdentity();
        users.ensureResident("voorbeeld", "ops-indiener");
        users.ensureResident("voorbeeld", "ops-buur");
        long plan = users.as("voorbeeld", "ops-indiener", () -> {
            long id = initiatives.create(new InitiativeDraft("Bankje bij de vijver", "Een bankje om te zitten", "", "",
                    null, "", false));
            initiatives.submit(id);
            return id;
        });
        String before = prometheus();
        users.run("voorbeeld", "ops-buur", () -> {
            initiatives.support(plan);
            initiatives.support(plan); // once per resident: the second is no new support
            comments.post(new ContentRef(InitiativesModule.ID, plan), "Goed plan!");
        });

        String after = prometheus();
        String voorbeeld = "tenant=\"voorbeeld\"";
        assertThat(count(after, "rugzak_participation_total", "action=\"support\"", "module=\"initiatives\"", voorbeeld)
                - count(before, "rugzak_participation_total", "action=\"support\"", "module=\"initiatives\"", voorbeeld))
                .isEqualTo(1);
        assertThat(count(after, "rugzak_participation_total", "action=\"comment\"", "module=\"initiatives\"", voorbeeld)
                - count(before, "rugzak_participation_total", "action=\"comment\"", "module=\"initiatives\"", voorbeeld))
                .isEqualTo(1);
        String oosterhaven = "tenant=\"oosterhaven\"";
        assertThat(count(after, "rugzak_participation_total", "module=\"initiatives\"", oosterhaven))
                .isEqualTo(count(before, "rugzak_participation_total", "module=\"initiatives\"", oosterhaven));
    }

    @Test
    void aLoginIsCountedAtItsMunicipality() throws Exception {
        awaitIdentity();
        double before = count(prometheus(), "rugzak_logins_total", "outcome=\"success\"", "tenant=\"oosterhaven\"");

        Browser visitor = browser();
        HttpResponse<String> landed = visitor.logIn("oosterhaven.localhost:" + port, "bewoner", "rugzak-demo-2026");
        assertThat(landed.statusCode()).isEqualTo(200);

        assertThat(count(prometheus(), "rugzak_logins_total", "outcome=\"success\"", "tenant=\"oosterhaven\""))
                .isEqualTo(before + 1);
    }

    @Test
    void everyAnswerCarriesARequestIdAndAForgedOneIsReplaced() {
        HttpResponse<String> page = site("voorbeeld.localhost").get("/");
        assertThat(page.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSizeGreaterThan(8));

        HttpResponse<String> fromProxy = site("voorbeeld.localhost").get("/", Map.of("X-Request-Id", "proxy-4f2a9c01"));
        assertThat(fromProxy.headers().firstValue("X-Request-Id")).hasValue("proxy-4f2a9c01");

        HttpResponse<String> forged = site("voorbeeld.localhost").get("/", Map.of("X-Request-Id", "forged id; DROP <script>"));
        assertThat(forged.headers().firstValue("X-Request-Id")).hasValueSatisfying(id ->
                assertThat(id).doesNotContain("forged").matches("[0-9a-f-]{36}"));
    }

    private String prometheus() throws Exception {
        HttpResponse<String> metrics = managementGet("/actuator/prometheus", "127.0.0.1");
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics.body();
    }

    private HttpResponse<String> managementGet(String path, String host) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + path))
                        .header("Host", host).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The sum of the samples of {@code metric} whose labels contain every one of {@code labels}. */
    static double count(String exposition, String metric, String... labels) {
        double sum = 0;
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)$").matcher(exposition);
        while (line.find()) {
            boolean all = true;
            for (String label : labels) {
                all &= line.group(1).contains(label);
            }
            if (all) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
