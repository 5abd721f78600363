package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class HostResolutionIT extends IntegrationTest {

    @Test
    void eachTenantsHostServesItsOwnHomePageWithItsNameInTheInitialHtml() {
        HttpResponse<String> voorbeeld = site("voorbeeld.localhost").get("/");
        HttpResponse<String> oosterhaven = site("oosterhaven.localhost").get("/");

        assertThat(voorbeeld.statusCode()).isEqualTo(200);
        assertThat(voorbeeld.body())
                .contains("<title>Doe mee in Gemeente Voorbeeldstad</title>")
                .contains("<meta property=\"og:site_name\" content=\"Gemeente Voorbeeldstad\">")
                .contains("<meta property=\"og:title\" content=\"Doe mee in Gemeente Voorbeeldstad\">")
                .doesNotContain("Oosterhaven");
        assertThat(oosterhaven.statusCode()).isEqualTo(200);
        assertThat(oosterhaven.body())
                .contains("<title>Doe mee in Gemeente Oosterhaven</title>")
                .contains("<meta property=\"og:site_name\" content=\"Gemeente Oosterhaven\">")
                .doesNotContain("Voorbeeldstad");
    }

    @Test
    void anUnknownHostGetsAPlainNotFoundWithoutTenantDataOrStackTrace() {
        for (String path : new String[] {"/", "/VAADIN/build/", "/anything?x=1"}) {
            HttpResponse<String> response = site("onbekend.localhost").get(path);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body())
                    .contains("Pagina niet gevonden")
                    .doesNotContain("Voorbeeldstad", "Oosterhaven", "Exception", "at nl.rugzak", "voorbeeld");
        }
        assertThat(site("127.0.0.1").get("/").statusCode()).isEqualTo(404);
    }

    @Test
    void forwardingHeadersFromAnUntrustedAddressAreIgnored() {
        HttpResponse<String> spoofed = site("voorbeeld.localhost").get("/",
                Map.of("X-Forwarded-Host", "oosterhaven.localhost"));
        assertThat(spoofed.body()).contains("Gemeente Voorbeeldstad").doesNotContain("Oosterhaven");

        assertThat(site("onbekend.localhost").get("/", Map.of("X-Forwarded-Host", "voorbeeld.localhost"))
                .statusCode()).isEqualTo(404);
        assertThat(site("onbekend.localhost").get("/", Map.of("Forwarded", "host=voorbeeld.localhost"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aSessionCookieFromOneTenantGivesNothingAtAnother() {
        HttpSite voorbeeld = site("voorbeeld.localhost");
        HttpResponse<String> first = voorbeeld.get("/");
        String voorbeeldSession = HttpSite.sessionCookie(first);
        assertThat(voorbeeldSession).as("the home page opens a session").isNotNull();
        // The session is live at its own tenant: presenting it there does not start a new one.
        assertThat(HttpSite.sessionCookie(voorbeeld.get("/", Map.of("Cookie", "JSESSIONID=" + voorbeeldSession))))
                .isNull();

        HttpResponse<String> replayed = site("oosterhaven.localhost").get("/",
                Map.of("Cookie", "JSESSIONID=" + voorbeeldSession));

        assertThat(replayed.body()).contains("Gemeente Oosterhaven").doesNotContain("Voorbeeldstad");
        assertThat(HttpSite.sessionCookie(replayed)).isNotNull().isNotEqualTo(voorbeeldSession);
        // Shown at the wrong site, the session was ended: it is no use at its own site any more either.
        assertThat(HttpSite.sessionCookie(voorbeeld.get("/", Map.of("Cookie", "JSESSIONID=" + voorbeeldSession))))
                .isNotNull().isNotEqualTo(voorbeeldSession);
    }

    @Test
    void theAdminHostIsNoTenant() {
        HttpResponse<String> admin = site("admin.localhost").get("/");

        // The lab's front door is its list of municipalities, which asks for the lab's login.
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location").orElseThrow()).endsWith("/tenantbeheer");
        HttpResponse<String> list = site("admin.localhost").get("/tenantbeheer");
        assertThat(list.body()).doesNotContain("Voorbeeldstad", "Oosterhaven");
        assertThat(site("voorbeeld.localhost").get("/").statusCode()).isEqualTo(200);
    }
}
