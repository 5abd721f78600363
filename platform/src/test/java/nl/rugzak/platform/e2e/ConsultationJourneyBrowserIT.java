package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident of Voorbeeldstad reads the play-area policy and reacts on one paragraph with a proposed wording, by
 * keyboard only, with the accessibility gate on every state; the reaction then stands next to that paragraph.
 */
class ConsultationJourneyBrowserIT extends BrowserJourney {

    private static final String REACTION = "Een drukke weg oversteken is voor kleuters te gevaarlijk.";

    @Test
    void aResidentReactsOnAParagraphByKeyboard() {
        start("consultation");
        browser.open(siteUrl("voorbeeld") + "/inspraak");
        gate.check("consultations");
        logIn("bewoner");
        browser.open(siteUrl("voorbeeld") + "/inspraak");
        follow("Speelruimtebeleid 2027");
        waitFor(() -> browser.path().matches("/inspraak/\\d+"));
        gate.check("consultation");
        gate.keyboardPass("consultation");

        press("Reageer op alinea 3");
        type("Uw reactie", REACTION);
        type("Nieuwe tekst (niet verplicht)",
                "Elk kind tot 12 jaar heeft binnen 300 meter van huis een plek om te spelen, zonder een drukke weg over te steken.");
        gate.check("reaction-form");
        press("Reactie versturen");
        waitFor(() -> browser.text().contains("Uw reactie is opgeslagen"));
        gate.check("reaction-sent");

        // The reaction stands beside the paragraph it is about, with the proposal as a tracked change.
        WebElement paragraph = browser.find(By.xpath("//article[.//p[contains(., 'Elk kind tot 12 jaar')]]"));
        // Words are marked one run at a time: "zonder een" and "drukke weg over te steken" are separate insertions.
        assertThat(paragraph.getText()).contains(REACTION).contains("zonder een").contains("drukke weg over te steken");
        assertThat(paragraph.findElements(By.tagName("ins"))).isNotEmpty();
        press("Klaar");
        gate.check("done");
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            browser.settle();
            return condition.getAsBoolean();
        });
    }
}
