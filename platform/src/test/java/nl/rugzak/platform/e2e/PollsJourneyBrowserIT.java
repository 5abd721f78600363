package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.rugzak.platform.participation.polls.Placement;
import nl.rugzak.platform.participation.polls.PollDraft;
import nl.rugzak.platform.participation.polls.PollDraft.OptionDraft;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.ResultsVisibility;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Polls in a real browser, by keyboard only, with the accessibility gate on every state: a resident votes and reads
 * the results chart's text alternative; an editor writes and schedules a poll.
 */
class PollsJourneyBrowserIT extends BrowserJourney {

    private static final String QUESTION = "Welke kleur krijgen de nieuwe bankjes op het Marktplein?";

    @Autowired
    Polls polls;
    @Autowired
    DemoUsers users;
    @Autowired
    MovableClock clock;

    @Test
    void aResidentVotesByKeyboardAndReadsTheChartsTextAlternative() {
        start("poll-resident");
        Instant now = clock.instant();
        long id = users.as("voorbeeld", "redacteur", () -> {
            long created = polls.create(new PollDraft(QUESTION, "De gemeente vervangt twintig bankjes.",
                    List.of(OptionDraft.of("Groen"), OptionDraft.of("Blauw"), OptionDraft.of("Houtkleur")), false, 1,
                    now.minusSeconds(60), now.plus(Duration.ofDays(7)), Placement.SITE, false,
                    ResultsVisibility.AFTER_VOTING));
            polls.schedule(created);
            return created;
        });
        browser.open(siteUrl("voorbeeld") + "/peilingen");
        gate.check("polls");
        logIn("bewoner");
        browser.open(siteUrl("voorbeeld") + "/peilingen/" + id);
        waitFor(() -> browser.text().contains(QUESTION));
        gate.check("poll-before-voting");
        gate.keyboardPass("poll-before-voting");
        assertThat(browser.text()).contains("U ziet de uitslag nadat u hebt gestemd.");

        // A radio group is one Tab stop; the arrow keys move through (and choose) its options.
        WebElement first = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> (WebElement) browser.script("""
                        const option = [...document.querySelectorAll('.rugzak-ballot label')]
                            .find(l => l.textContent.trim() === arguments[0]);
                        return option ? option.querySelector('input[type=radio]') : null;
                        """, "Groen"));
        browser.reachAndPress(first, Keys.ARROW_DOWN);
        browser.press(Keys.ARROW_DOWN);
        press("Stem");
        waitFor(() -> browser.text().contains("Bedankt! Uw stem is geteld."));
        assertThat(browser.text()).contains("Uw stem: Houtkleur").contains("1 persoon heeft gestemd.");
        String alternative = (String) browser.script("""
                const svg = document.querySelector('svg[role=img]');
                return svg ? [...svg.getAttribute('aria-labelledby').split(' ')]
                    .map(id => document.getElementById(id).textContent).join(' ') : null;""");
        assertThat(alternative).contains("Uitslag").contains("Houtkleur").contains("100%");
        gate.check("poll-after-voting");
    }

    @Test
    void anEditorWritesAndSchedulesAPollByKeyboard() {
        start("poll-editor");
        browser.open(siteUrl("voorbeeld") + "/");
        logIn("redacteur");
        browser.open(siteUrl("voorbeeld") + "/beheer/peilingen/nieuw");
        waitFor(() -> browser.text().contains("Nieuwe peiling"));
        gate.check("poll-editor-new");
        type("Vraag", "Op welke dag komt de weekmarkt?");
        type("Keuze 1", "Woensdag");
        type("Keuze 2", "Zaterdag");
        press("Opslaan");
        waitFor(() -> browser.path().matches("/beheer/peilingen/\\d+"));
        gate.check("poll-editor-draft");
        press("Plannen (publiceren)");
        waitFor(() -> browser.text().contains("De peiling is gepland."));
        gate.check("poll-editor-scheduled");
        browser.open(siteUrl("voorbeeld") + "/beheer/peilingen");
        waitFor(() -> browser.text().contains("Op welke dag komt de weekmarkt?"));
        gate.check("poll-admin-list");
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            browser.settle();
            return condition.getAsBoolean();
        });
    }
}
