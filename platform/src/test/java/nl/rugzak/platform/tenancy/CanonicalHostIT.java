package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A site is registered in Keycloak under one exact address. Reached any other way (capitals, a trailing dot, another
 * port) it sends the visitor to that address first, so the login's redirect URI is always one Keycloak knows.
 */
class CanonicalHostIT extends IntegrationTest {

    @Test
    void anotherSpellingOfTheHostIsSentToTheSitesOwnAddressKeepingPathAndQuery() {
        String canonical = "http://voorbeeld.localhost:" + port;
        for (String spelling : new String[] {"VOORBEELD.LOCALHOST:" + port, "Voorbeeld.Localhost:" + port,
                "voorbeeld.localhost.:" + port, "voorbeeld.localhost:" + (port + 1)}) {
            HttpResponse<String> response = new SpelledSite(spelling).get("/initiatieven?pagina=2&q=%E2%82%AC");

            assertThat(response.statusCode()).as(spelling).isEqualTo(301);
            assertThat(response.headers().firstValue("Location")).as(spelling)
                    .hasValue(canonical + "/initiatieven?pagina=2&q=%E2%82%AC");
            assertThat(response.body()).as(spelling).doesNotContain("Voorbeeldstad");
        }
        assertThat(site("voorbeeld.localhost").get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginStartedAtAnotherSpellingReachesKeycloakWithTheRegisteredRedirectUri() {
        awaitIdentity();
        Browser browser = browser();
        HttpResponse<String> first = browser.get("http://VOORBEELD.localhost:" + port + "/inloggen");
        assertThat(first.statusCode()).isEqualTo(301);

        HttpResponse<String> response = first;
        for (int hops = 0; hops < 5 && Browser.isRedirect(response) && !Browser.location(response).contains("/realms/"); hops++) {
            response = browser.get(Browser.location(response));
        }
        assertThat(URLDecoder.decode(Browser.location(response), StandardCharsets.UTF_8))
                .contains("/realms/voorbeeld/protocol/openid-connect/auth")
                .contains("redirect_uri=http://voorbeeld.localhost:" + port + "/login/oauth2/code/kc-voorbeeld&");
    }

    @Test
    void theAdminHostIsCanonicalToo() {
        HttpResponse<String> response = new SpelledSite("Admin.Localhost:" + port).get("/tenantbeheer");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("http://admin.localhost:" + port + "/tenantbeheer");
    }

    /** A visitor whose Host header is exactly as given (HttpSite adds the port itself). */
    private final class SpelledSite {
        private final String hostHeader;

        SpelledSite(String hostHeader) {
            this.hostHeader = hostHeader;
        }

        HttpResponse<String> get(String path) {
            return site("voorbeeld.localhost").get(path, Map.of("Host", hostHeader));
        }
    }
}
