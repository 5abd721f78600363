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
        assertThat(browser.path()).isEqualTo("/tenantbeheer");
        assertThat(browser.text()).contains("Gemeente Voorbeeldstad", "Gemeente Oosterhaven");
        gate.check("tenants");
        gate.keyboardPass("tenants");

        follow("Nieuwe gemeente");
        gate.check("new-tenant");
        gate.keyboardPass("new-tenant");
        type("Naam van de gemeente", "Gemeente Lindeloo");
        // A domain another municipality already has is refused at the field, and nothing is created.
        type("Hoofddomein", "voorbeeld.localhost");
        tick("Bewonersinitiatieven");
        tick("Nieuws");
        type("Voornaam", "Lies");
        type("Achternaam", "Lindeman");
        type("E-mailadres", "lies@lindeloo.example");
        press("Gemeente aanmaken");
        untilText("Het domein 'voorbeeld.localhost' is al in gebruik bij een andere gemeente.");
        assertThat(browser.path()).isEqualTo("/tenantbeheer/nieuw");
        gate.check("new-tenant-refused");

        retype("Hoofddomein", "lindeloo.localhost");
        press("Gemeente aanmaken");

        // The provisioning page follows each step as it runs, without the lab reloading it.
        untilText("Inrichting van Gemeente Lindeloo");
        gate.check("provisioning");
        untilText("Klaar: de gemeente is online.");
        assertThat(browser.text()).contains("De eerste beheerder heeft een uitnodiging per e-mail gekregen.");
        gate.check("live");
        assertThat(mailbox().awaitMail("lies@lindeloo.example").subject()).isNotBlank();

        follow("Naar de gemeente");
        assertThat(browser.text()).contains("Gemeente Lindeloo", "Actief", "lindeloo.localhost");
        gate.check("tenant-page");

        // The rest of the lab's pages, each reached from the menu or the municipality's page.
        follow("Huisstijl bewerken");
        gate.check("theme-editor");
        follow("Auditlog");
        untilText("lindeloo");
        gate.check("audit-log");
        follow("Abonnementen");
        gate.check("plans");
        follow("Herstellen");
        gate.check("restore");
        // The embedded default's mailbox holds the first admin's invitation.
        follow("Mailbox (ontwikkeling)");
        untilText("lies@lindeloo.example");
        gate.check("mailbox");

        // Lab staff who read English switch the control plane to English and back.
        follow("Gemeenten");
        follow("English");
        until(() -> "en".equals(browser.script("return document.documentElement.lang")));
        // The list's rows depend on how many municipalities earlier tests made (the grid renders what fits on screen);
        // its headings do not.
        assertThat(browser.text()).contains("Municipalities", "New municipality", "Main domain", "Subscription");
        gate.check("tenants-english");
        follow("Nederlands");
        untilText("Nieuwe gemeente");

        // Residents find the new site with the modules the lab switched on.
        browser.open(siteUrl("lindeloo") + "/");
        assertThat(browser.text()).contains("Gemeente Lindeloo", "Bewonersinitiatieven", "Nieuws");
        gate.check("new-site-home");
        follow("Bewonersinitiatieven");
        until(() -> "/initiatieven".equals(browser.path()));
        gate.check("new-site-initiatives");
    }

    private void untilText(String text) {
        until(() -> browser.text().contains(text));
    }

    /**
     * Waits for what a key press on a link leads to: Vaadin's router may not have sent its round trip yet when the
     * press returns, so the page read at once can still be the previous one (a CI run read the theme editor where the
     * audit log was expected).
     */
    private void until(java.util.function.BooleanSupplier shown) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> {
            browser.settle();
            return shown.getAsBoolean();
        });
    }
}
