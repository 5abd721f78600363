package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.rugzak.platform.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident of Oosterhaven divides the Havenkwartier's neighbourhood budget by keyboard only: chooses projects with
 * their toggle buttons, hears what is left (the filling bar's text is a polite live region), is told when a project
 * no longer fits, and submits after confirming. The accessibility gate checks every state.
 */
class BudgetJourneyBrowserIT extends BrowserJourney {

    @Autowired
    DemoUsers users;

    @Test
    void aResidentBuildsAKnapsackBallotByKeyboard() {
        start("budget");
        users.ensureResident("oosterhaven", "buurtkiezer");
        browser.open(siteUrl("oosterhaven") + "/begroting");
        gate.check("budgets");
        follow("Buurtbudget Havenkwartier");
        waitFor(() -> browser.path().matches("/begroting/\\d+"));
        String budgetPath = browser.path();
        gate.check("budget-anonymous");
        logIn("buurtkiezer");
        browser.open(siteUrl("oosterhaven") + budgetPath);
        waitFor(() -> browser.text().contains("Stem insturen"));
        gate.check("budget-voting");
        gate.keyboardPass("budget-voting");

        WebElement live = browser.find(By.cssSelector(".rugzak-budget-bar [aria-live='polite']"));
        assertThat(live.getText()).contains("€ 0 van € 50.000 gekozen").contains("Nog € 50.000 over");

        browser.reachAndPress(toggle("Buurtkamer in de oude loods"), Keys.ENTER);
        waitFor(() -> live.getText().contains("Nog € 30.000 over"));
        assertThat(toggle("Buurtkamer in de oude loods").getDomAttribute("aria-pressed")).isEqualTo("true");
        browser.reachAndPress(toggle("Kunstwerk over de vissersgeschiedenis"), Keys.SPACE);
        waitFor(() -> live.getText().contains("Nog € 12.000 over"));
        gate.check("two-chosen");

        // € 15.000 does not fit in the € 12.000 left: said in the status line, nothing chosen.
        browser.reachAndPress(toggle("Speelplek bij de Zeemanshof"), Keys.ENTER);
        waitFor(() -> browser.text().contains("past niet meer in het budget"));
        assertThat(toggle("Speelplek bij de Zeemanshof").getDomAttribute("aria-pressed")).isEqualTo("false");
        gate.check("does-not-fit");

        // Changing one's mind: take the artwork out again and choose two smaller plans.
        browser.reachAndPress(toggle("Kunstwerk over de vissersgeschiedenis"), Keys.ENTER);
        waitFor(() -> live.getText().contains("Nog € 30.000 over"));
        browser.reachAndPress(toggle("Speelplek bij de Zeemanshof"), Keys.ENTER);
        browser.reachAndPress(toggle("Geveltuinen voor twintig huizen"), Keys.ENTER);
        waitFor(() -> live.getText().contains("€ 40.000 van € 50.000 gekozen") && live.getText().contains("Nog € 10.000 over"));

        // The draft is kept: a reload shows the same choice.
        browser.open(siteUrl("oosterhaven") + budgetPath);
        waitFor(() -> browser.find(By.cssSelector(".rugzak-budget-bar [aria-live='polite']")).getText()
                .contains("Nog € 10.000 over"));

        press("Stem insturen");
        waitFor(() -> browser.isPresent(By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]")));
        gate.check("confirm");
        browser.reachAndPress(button("Ja, stem insturen"), Keys.ENTER);
        waitFor(() -> browser.text().contains("Dank u wel! Uw stem is ingestuurd."));
        assertThat(browser.text()).contains("U heeft gestemd").contains("Buurtkamer in de oude loods (€ 20.000)");
        assertThat(browser.isPresent(By.xpath("//vaadin-button[normalize-space(.)='Stem insturen']"))).isFalse();
        gate.check("voted");
    }

    private WebElement toggle(String project) {
        return browser.find(By.cssSelector("vaadin-button[aria-label='Kies dit project: " + project + "']"));
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            browser.settle();
            return condition.getAsBoolean();
        });
    }
}
