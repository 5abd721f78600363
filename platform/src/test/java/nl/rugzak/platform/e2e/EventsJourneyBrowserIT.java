package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.BooleanSupplier;

import nl.rugzak.platform.participation.events.EventDraft;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.participation.events.RegistrationMode;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident finds an event through the map page's list (the map's accessible equivalent) and registers, by keyboard
 * only, with the accessibility gate on every state. The map's tiles fail here on purpose (tests never reach PDOK):
 * the page must work with its list alone.
 */
class EventsJourneyBrowserIT extends BrowserJourney {

    private static final String TITLE = "Wijkavond over de Lindelaan";

    @Autowired
    Events events;
    @Autowired
    DemoUsers users;
    @Autowired
    MovableClock clock;

    @Test
    void residentFindsAnEventOnTheMapsListAndRegistersByKeyboard() {
        start("events");
        LocalDateTime start = LocalDateTime.now(clock).plusDays(30).withHour(19).withMinute(30).withSecond(0).withNano(0);
        users.run("voorbeeld", "redacteur", () -> events.create(new EventDraft(TITLE, "Praat mee over **bomen**.", start,
                start.plusHours(2), "Lindelaan 40, Voorbeeldstad", 52.1580, 5.3850, "https://meet.example.org/lindelaan",
                true, true, "Nederlands", null, null, RegistrationMode.WAITING_LIST, 30)));

        browser.open(siteUrl("voorbeeld") + "/");
        logIn("bewoner");
        browser.open(siteUrl("voorbeeld") + "/kaart");
        waitFor(() -> browser.isPresent(By.cssSelector("#rugzak-map.leaflet-container")));
        gate.check("map");
        gate.keyboardPass("map");
        assertThat(browser.text()).contains("Alle plekken in een lijst").containsPattern("\\d+ plek(ken)?");

        // The list comes a page at a time; its own search finds the evening by name, by keyboard.
        follow("Ga naar de lijst met adressen");
        type("Zoek in de lijst", "Wijkavond over de Lindelaan");
        press("Toon in de lijst");
        waitFor(() -> java.util.regex.Pattern.compile("(?<!\\d)1 plek(?!ken)").matcher(browser.text()).find());
        assertThat(browser.text()).contains(TITLE, "Lindelaan 40, Voorbeeldstad");
        // After the list changed in place the focus is at the top of the list, not lost on the page.
        assertThat(browser.script("return document.activeElement.tagName")).isEqualTo("H2");
        gate.check("map-list-searched");
        follow(TITLE);
        waitFor(() -> browser.path().matches("/agenda/\\d+"));
        gate.check("event");
        gate.keyboardPass("event");
        assertThat(browser.text()).contains("Toegankelijk met een rolstoel.").doesNotContain("meet.example.org");

        press("Aanmelden");
        waitFor(() -> browser.text().contains("U bent aangemeld."));
        assertThat(browser.text()).contains("https://meet.example.org/lindelaan");
        gate.check("registered");
    }

    private void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            browser.settle();
            return condition.getAsBoolean();
        });
    }
}
