package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The lab creates a municipality in the tenant administration and watches it go live. */
class LabJourneyBrowserIT extends BrowserJourney {

    @Test
    void labAdminCreatesATenantAndItGoesLive() {
        start("lab-admin");
        browser.open(admin() + "/inloggen");
        keycloakLogin("labbeheer");
        gate.check("tenants");
        gate.keyboardPass("tenants");
        follow("Nieuwe gemeente");
        gate.check("new-tenant");
        type("Naam van de gemeente", "Gemeente Lindeloo");
        type("Hoofddomein", "lindeloo.localhost");
        type("Voornaam", "Lies");
        type("Achternaam", "Lindeman");
        type("E-mailadres", "lies@lindeloo.example");
        press("Gemeente aanmaken");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> {
            browser.settle();
            return browser.path().contains("inrichting") || browser.text().contains("ingericht");
        });
        gate.check("provisioning");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> {
            browser.settle();
            return browser.text().contains("live") || browser.text().contains("Actief");
        });
        gate.check("live");
        browser.open(siteUrl("lindeloo") + "/");
        assertThat(browser.text()).contains("Gemeente Lindeloo");
        gate.check("new-site-home");
    }
}
