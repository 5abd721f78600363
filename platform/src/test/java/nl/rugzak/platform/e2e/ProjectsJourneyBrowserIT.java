package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident of Voorbeeldstad finds the market square project, reads where it stands, opens the ideas of the
 * current phase and supports one: keyboard only, every page through the accessibility gate.
 */
class ProjectsJourneyBrowserIT extends BrowserJourney {

    @Test
    void residentReadsTheTimelineAndSupportsAnIdeaByKeyboard() {
        start("projects");
        browser.open(siteUrl("voorbeeld") + "/");
        logIn("bewoner");
        browser.open(siteUrl("voorbeeld") + "/projecten");
        gate.check("projects");
        gate.keyboardPass("projects");
        follow("Herinrichting Marktplein");
        waitFor(() -> browser.path().matches("/projecten/\\d+"));
        gate.check("project");
        gate.keyboardPass("project");
        // The timeline says in words which phase runs now, not only by colour.
        assertThat(browser.find(By.cssSelector("[aria-current='step']")).getText()).contains("Ideeën verzamelen");
        assertThat(browser.text()).contains("Wat kunt u nu doen?");

        follow("Bekijk de ideeën en deel uw idee");
        // The ideas page of the current phase (its link may carry the phase as a parameter).
        waitFor(() -> browser.path().matches("/projecten/\\d+/ideeen.*") && browser.text().contains("Deel uw idee"));
        gate.check("ideas");
        follow("Betere verlichting 's avonds");
        waitFor(() -> browser.path().matches("/projecten/\\d+/ideeen/\\d+.*"));
        gate.check("idea");
        gate.keyboardPass("idea");
        if (browser.isPresent(By.xpath("//vaadin-button[normalize-space(.)='Steun intrekken']"))) {
            // A rerun against the same embedded data: start from "not supported".
            press("Steun intrekken");
            waitFor(() -> browser.isPresent(By.xpath("//vaadin-button[normalize-space(.)='Steun dit idee']")));
        }
        press("Steun dit idee");
        waitFor(() -> browser.text().contains("U steunt dit idee."));
        assertThat(browser.isPresent(By.xpath("//vaadin-button[normalize-space(.)='Steun intrekken']"))).isTrue();
        gate.check("idea-supported");
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            browser.settle();
            return condition.getAsBoolean();
        });
    }
}
