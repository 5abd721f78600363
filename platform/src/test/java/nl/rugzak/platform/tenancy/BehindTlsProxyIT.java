package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.rugzak.platform.RugzakApplication;
import nl.rugzak.platform.security.IdentityStartup;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.ProxiedBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rugzak as it runs in production: behind a proxy that terminates TLS on 443 and talks plain HTTP to the
 * application from 127.0.0.1, configured as the review found it: {@code RUGZAK_SITES_SCHEME=https},
 * {@code RUGZAK_TRUSTED_PROXIES} naming it by a CIDR range, the port left "auto". The sites are then {@code https://<host>}, and
 * that is what the realms' clients have registered. Unlike {@link IntegrationTest} this context has its own PostgreSQL and Keycloak.
 */
@SpringBootTest(classes = RugzakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class BehindTlsProxyIT {

    private static final Pattern REDIRECT_URI = Pattern.compile("[?&]redirect_uri=([^&]+)");

    @DynamicPropertySource
    static void behindATlsProxy(DynamicPropertyRegistry registry) {
        registry.add("rugzak.data-dir", () -> IntegrationTest.freshFolder("rugzak-proxy-").toString());
        registry.add("rugzak.embedded.postgres-port", () -> "0");
        registry.add("rugzak.keycloak.embedded-port", () -> "0");
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
        registry.add("rugzak.sites.scheme", () -> "https");
        // An address and a CIDR range, as an operator lists a proxy pair: the proxy here is 127.0.0.1, inside the range
        // 127.0.0.0/31 (127.0.0.0-127.0.0.1); the forger at 127.0.0.2 is outside it.
        registry.add("rugzak.trusted-proxies", () -> "192.0.2.7, 127.0.0.0/31");
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityStartup identity;

    @BeforeEach
    void identityIsUp() throws Exception {
        identity.ready().get(10, TimeUnit.MINUTES);
    }

    @Test
    void aResidentLogsInThroughTheProxyWithTheHttpsAddressesKeycloakKnows() {
        ProxiedBrowser visitor = ProxiedBrowser.from("127.0.0.1", port);

        HttpResponse<String> toRegistration = visitor.get("https://voorbeeld.localhost/inloggen");
        assertThat(Browser.location(toRegistration)).isEqualTo("https://voorbeeld.localhost/oauth2/authorization/kc-voorbeeld");
        HttpResponse<String> toKeycloak = visitor.get(Browser.location(toRegistration));
        assertThat(redirectUri(toKeycloak)).isEqualTo("https://voorbeeld.localhost/login/oauth2/code/kc-voorbeeld");
        assertThat(toKeycloak.headers().firstValue("Strict-Transport-Security")).as("HSTS over https")
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));

        HttpResponse<String> landed = visitor.logIn("voorbeeld.localhost", "bewoner", "rugzak-demo-2026");

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().toString()).isEqualTo("https://voorbeeld.localhost/");
        HttpResponse<String> me = visitor.get("https://voorbeeld.localhost/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"authenticated\":true").contains("\"site\":\"voorbeeld\"");
        assertThat(visitor.applicationCookies()).as("cookies of an https site")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    @Test
    void forwardingHeadersCountOnlyFromTheTrustedProxy() {
        // From the trusted proxy, X-Forwarded-Host picks the site and names it in every address the site hands out.
        ProxiedBrowser proxy = ProxiedBrowser.from("127.0.0.1", port);
        HttpResponse<String> viaProxy = proxy.get("https://oosterhaven.localhost/oauth2/authorization/kc-oosterhaven");
        assertThat(redirectUri(viaProxy)).isEqualTo("https://oosterhaven.localhost/login/oauth2/code/kc-oosterhaven");
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(proxy.applicationCookies()).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));

        // The same headers from anyone else count for nothing: the Host header decides, and the request was plain http.
        ProxiedBrowser forger = ProxiedBrowser.from("127.0.0.2", port);
        HttpResponse<String> forged = forger.get("https://oosterhaven.localhost/oauth2/authorization/kc-voorbeeld",
                Map.of("Host", "voorbeeld.localhost"));
        assertThat(redirectUri(forged)).isEqualTo("http://voorbeeld.localhost/login/oauth2/code/kc-voorbeeld");
        assertThat(forged.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(forger.applicationCookies()).isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        // Forwarded like the proxy does, but from elsewhere: the upstream address is no site.
        assertThat(forger.get("https://voorbeeld.localhost/").statusCode()).isEqualTo(404);
    }

    @Test
    void theSiteReachedAroundTheProxyOrSpelledOtherwiseSendsTheVisitorToItsHttpsAddress() {
        ProxiedBrowser proxy = ProxiedBrowser.from("127.0.0.1", port);

        HttpResponse<String> capitals = proxy.get("https://VOORBEELD.localhost/initiatieven?pagina=2");
        assertThat(capitals.statusCode()).isEqualTo(301);
        assertThat(capitals.headers().firstValue("Location")).hasValue("https://voorbeeld.localhost/initiatieven?pagina=2");

        // Someone on the proxy's network who talks to the application's own port directly.
        HttpResponse<String> direct = ProxiedBrowser.from("127.0.0.2", port).get("https://voorbeeld.localhost/inloggen",
                Map.of("Host", "voorbeeld.localhost:" + port));
        assertThat(direct.statusCode()).isEqualTo(301);
        assertThat(direct.headers().firstValue("Location")).hasValue("https://voorbeeld.localhost/inloggen");
    }

    private static String redirectUri(HttpResponse<String> toKeycloak) {
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        String location = toKeycloak.headers().firstValue("Location").orElseThrow();
        Matcher matcher = REDIRECT_URI.matcher(location);
        assertThat(matcher.find()).as(location).isTrue();
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
