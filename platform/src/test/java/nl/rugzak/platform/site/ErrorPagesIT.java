package nl.rugzak.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue #24 item 9: an address that leads nowhere, or to a page this visitor may not see, answers with the right
 * status on the very first request (the page Vaadin bootstraps from), in the site's own frame and language, never
 * with Vaadin's bare English "Could not navigate".
 */
class ErrorPagesIT extends IntegrationTest {

    private static final String DEMO_PASSWORD = "rugzak-demo-2026";

    @Test
    void anUnknownAddressOnAResidentSiteIsA404InTheSitesFrame() {
        HttpResponse<String> page = site("voorbeeld.localhost").get("/bestaat-echt-niet");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Deze pagina bestaat niet", "Naar de startpagina", "Gemeente Voorbeeldstad")
                .doesNotContain("Could not navigate");
    }

    @Test
    void anEnglishVisitorReadsItInEnglish() {
        HttpResponse<String> page = site("voorbeeld.localhost").get("/bestaat-echt-niet",
                Map.of("Cookie", SiteLanguages.COOKIE + "=en"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("This page does not exist").doesNotContain("Deze pagina bestaat niet");
    }

    @Test
    void aMissingInitiativeIsA404() {
        HttpResponse<String> page = site("voorbeeld.localhost").get("/initiatieven/999999999");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Deze pagina bestaat niet").doesNotContain("Could not navigate");
    }

    @Test
    void staffPathsAnswer404InTheBackOfficeAnd403ForResidents() {
        awaitIdentity();
        String host = "voorbeeld.localhost:" + port;
        Browser editor = browser();
        editor.logIn(host, "redacteur", DEMO_PASSWORD);

        HttpResponse<String> unknown = editor.get("http://" + host + "/beheer/bestaat-echt-niet");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Deze pagina bestaat niet", "Overzicht").doesNotContain("Could not navigate");

        Browser resident = browser();
        resident.logIn(host, "bewoner", DEMO_PASSWORD);
        HttpResponse<String> refused = resident.get("http://" + host + "/beheer");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Geen toegang", "Gemeente Voorbeeldstad").doesNotContain("Could not navigate");
    }

    @Test
    void anUnknownAddressOnTheAdminHostIsA404() {
        HttpResponse<String> page = site("admin.localhost").get("/tenantbeheer/bestaat-echt-niet");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Deze pagina bestaat niet").doesNotContain("Could not navigate");
    }
}
