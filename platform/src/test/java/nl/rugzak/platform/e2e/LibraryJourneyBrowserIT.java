package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.rugzak.platform.library.Template;
import nl.rugzak.platform.library.TemplateLibrary;
import nl.rugzak.platform.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lab's library in a real browser, by keyboard only, with the accessibility gate on every state: the lab approves
 * a municipality's shared template; a tenant admin finds the lab's "Herinrichting plein in 4 fasen", adopts it as a
 * draft and opens that draft.
 */
class LibraryJourneyBrowserIT extends BrowserJourney {

    private static final String TEMPLATE = "Herinrichting plein in 4 fasen";

    @Autowired
    TemplateLibrary library;
    @Autowired
    DemoUsers users;

    @Test
    void theLabApprovesASharedTemplateByKeyboard() {
        long template = users.as("voorbeeld", "beheerder", () -> library.save("initiative-categories", 1,
                "Categorieën van Voorbeeldstad", "Zes vaste categorieën.", "Werkt goed voor kleine gemeenten."));
        users.run("voorbeeld", "beheerder", () -> library.share(template));
        start("library-lab");
        browser.open(admin() + "/inloggen");
        keycloakLogin("labbeheer");
        browser.open(admin() + "/tenantbeheer/bibliotheek");
        waitUntil(() -> browser.text().contains("Categorieën van Voorbeeldstad"), "the shared template to wait for the lab");
        assertThat(browser.text()).contains("Wacht op goedkeuring").contains("van Gemeente Voorbeeldstad")
                .contains("Werkt goed voor kleine gemeenten.");
        gate.check("library-lab");
        gate.keyboardPass("library-lab");

        browser.reachAndPress(browser.find(By.xpath(
                "//vaadin-button[@aria-label='Keur Categorieën van Voorbeeldstad goed']")), Keys.ENTER);
        waitUntil(() -> browser.text().contains("Goedgekeurd: Categorieën van Voorbeeldstad"), "the approval");
        gate.check("library-lab-approved");
        assertThat(users.as("oosterhaven", "beheerder", () -> library.forTenant()).stream()
                .map(Template::title)).contains("Categorieën van Voorbeeldstad");
    }

    @Test
    void aTenantAdminAdoptsATemplateByKeyboard() {
        start("library-adopt");
        browser.open(siteUrl("oosterhaven") + "/");
        logIn("beheerder");
        browser.open(siteUrl("oosterhaven") + "/beheer/bibliotheek");
        waitUntil(() -> browser.text().contains(TEMPLATE), "the library to list the lab's templates");
        assertThat(browser.text()).contains("Fase 1: Ideeën ophalen (28 dagen)").contains("van het lab");
        gate.check("library");
        gate.keyboardPass("library");

        browser.reachAndPress(browser.find(By.xpath(
                "//vaadin-button[@aria-label='Neem " + TEMPLATE + " over als concept']")), Keys.ENTER);
        waitUntil(() -> browser.text().contains("Overgenomen als concept: " + TEMPLATE), "the adoption to be confirmed");
        assertThat(browser.text()).contains("keer overgenomen, door: Gemeente Oosterhaven");
        gate.check("library-adopted");

        follow("Open het concept");
        waitUntil(() -> browser.path().matches("/beheer/projecten/\\d+"), "the draft project to open");
        waitUntil(() -> browser.text().contains("Herinrichting van het plein"), "the draft to show its title");
        assertThat(browser.text()).contains("Ontwerpen").contains("Uitvoeren");
        gate.check("library-adopted-draft");
    }
}
