package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of answer carries the browser protections: Vaadin's bootstrap page and its UIDL and heartbeat answers,
 * the lab's pages, REST and static files, and the widget (framable, fonts of the theme allowed).
 */
class SecurityHeadersIT extends IntegrationTest {

    private static final String PASSWORD = "rugzak-demo-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void aResidentsPageIsProtectedAndNotStored() {
        Browser resident = browser();
        resident.logIn(host("voorbeeld"), "bewoner", PASSWORD);

        HttpResponse<String> page = resident.get(url("voorbeeld") + "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertProtectedPage(page);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void anAnonymousVisitorsPageIsProtectedToo() {
        HttpResponse<String> page = site("voorbeeld.localhost").get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertProtectedPage(page);
    }

    @Test
    void aStaffPageIsProtectedAndNotStored() {
        Browser editor = browser();
        editor.logIn(host("voorbeeld"), "redacteur", PASSWORD);

        HttpResponse<String> page = editor.get(url("voorbeeld") + "/beheer");

        assertThat(page.statusCode()).isEqualTo(200);
        assertProtectedPage(page);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void theLabsPagesOnTheAdminHostAreProtectedAndNotStored() {
        Browser lab = browser();
        lab.logIn("admin.localhost:" + port, "labbeheer", PASSWORD);

        HttpResponse<String> page = lab.get("http://admin.localhost:" + port + "/tenantbeheer");

        assertThat(page.statusCode()).isEqualTo(200);
        assertProtectedPage(page);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void vaadinsInitUidlAndHeartbeatAnswersCarryTheHeaders() throws Exception {
        Browser resident = browser();
        resident.logIn(host("voorbeeld"), "bewoner", PASSWORD);
        HttpResponse<String> init = resident.get(url("voorbeeld") + "/?v-r=init&location=&query=");
        assertThat(init.statusCode()).isEqualTo(200);
        assertBaseHeaders(init.headers());
        assertThat(init.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        int uiId = config.get("v-uiId").asInt();
        String csrf = config.get("uidl").get("Vaadin-Security-Key").asText();

        HttpResponse<String> uidl = post(resident, "/?v-r=uidl&v-uiId=" + uiId,
                "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(uidl.statusCode()).as(uidl.body()).isEqualTo(200);
        assertThat(uidl.body()).contains("\"syncId\"");
        assertBaseHeaders(uidl.headers());
        // Vaadin replaces the Cache-Control of its UIDL answers with its own no-cache; a POST answer without
        // freshness information is not stored by browsers anyway (RFC 9111), the pages and init answer say no-store.
        assertThat(uidl.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");

        HttpResponse<String> heartbeat = post(resident, "/?v-r=heartbeat&v-uiId=" + uiId, "");
        assertThat(heartbeat.statusCode()).isEqualTo(200);
        assertBaseHeaders(heartbeat.headers());
    }

    @Test
    void restAndStaticAnswersAreNotSniffedNorFramed() {
        for (String path : new String[] {"/api/me", "/rugzak/base.css", "/.well-known/security.txt"}) {
            HttpResponse<String> answer = site("voorbeeld.localhost").get(path);
            assertThat(answer.statusCode()).as(path).isIn(200, 401);
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(answer.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("frame-ancestors 'none'");
        }
    }

    @Test
    void theWidgetStaysFramableAndMayUseTheThemesFonts() {
        HttpResponse<String> widget = site("voorbeeld.localhost").get("/widget/initiatieven");

        assertThat(widget.statusCode()).isEqualTo(200);
        String policy = widget.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("frame-ancestors *").contains("font-src 'self'")
                .doesNotContain("frame-ancestors 'none'").doesNotContain("script-src");
        assertThat(widget.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(widget.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(widget.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(widget.headers().firstValue("Referrer-Policy")).isPresent();
    }

    /** CSP, and the nonce that lets exactly the page's own inline scripts run. */
    private static void assertProtectedPage(HttpResponse<String> page) {
        assertBaseHeaders(page.headers());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = directive(policy, "script-src");
        assertThat(scripts).as(policy).doesNotContain("'unsafe-inline'").contains("'nonce-");
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        Document document = Jsoup.parse(page.body());
        assertThat(document.select("script")).isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("nonce")).as(script.outerHtml()).isEqualTo(nonce));
        assertThat(directive(policy, "object-src")).isEqualTo("object-src 'none'");
        assertThat(directive(policy, "base-uri")).isEqualTo("base-uri 'self'");
    }

    private static void assertBaseHeaders(HttpHeaders headers) {
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(headers.allValues("Content-Security-Policy")).as(headers.map().toString()).hasSize(1);
        assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse("")).contains("camera=()").contains("geolocation=()");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    }

    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        return "";
    }

    private HttpResponse<String> post(Browser browser, String path, String json) throws IOException, InterruptedException {
        String cookies = browser.cookiesOf(host("voorbeeld")).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Host", host("voorbeeld"))
                .header("Cookie", cookies)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String host(String site) {
        return site + ".localhost:" + port;
    }

    private String url(String site) {
        return "http://" + host(site);
    }
}
