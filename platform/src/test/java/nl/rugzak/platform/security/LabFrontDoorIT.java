package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** After logging in at the admin host, lab staff land on the list of municipalities, not on an error. */
class LabFrontDoorIT extends IntegrationTest {

    @Test
    void labStaffLandOnTheListOfMunicipalitiesAfterLoggingIn() {
        awaitIdentity();
        Browser lab = browser();
        HttpResponse<String> landed = lab.logIn("admin.localhost:" + port, "labbeheer", "rugzak-demo-2026");
        HttpResponse<String> list = lab.follow("http://admin.localhost:" + port + "/");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.uri().getPath()).isEqualTo("/tenantbeheer");
        assertThat(landed.statusCode()).isEqualTo(200);
        // A real browser then asks Vaadin for the view at the host's root (the page's base); an answer that is not
        // JSON leaves the page blank.
        HttpResponse<String> view = lab.get("http://admin.localhost:" + port + "/?v-r=init&location=tenantbeheer&query=");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.headers().firstValue("Content-Type").orElse("")).as(view.body()).startsWith("application/json");
        assertThat(view.body()).contains("\"appConfig\"");
        for (String page : new String[] {"/tenantbeheer/nieuw", "/tenantbeheer/gemeente/voorbeeld", "/tenantbeheer/audit"}) {
            assertThat(lab.get("http://admin.localhost:" + port + page).statusCode()).as(page).isEqualTo(200);
        }
        // The lab's pages are the lab's only: a municipality's host does not know them.
        assertThat(site("voorbeeld.localhost").get("/tenantbeheer").statusCode()).isNotEqualTo(200);
    }
}
