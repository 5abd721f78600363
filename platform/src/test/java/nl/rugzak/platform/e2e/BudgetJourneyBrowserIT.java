package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import nl.rugzak.platform.participation.budgets.BudgetDraft;
import nl.rugzak.platform.participation.budgets.Budgets;
import nl.rugzak.platform.participation.budgets.ProjectDraft;
import nl.rugzak.platform.participation.budgets.TieRule;
import nl.rugzak.platform.participation.budgets.VotingMethod;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident of Oosterhaven divides a neighbourhood budget by keyboard only: chooses plans with their toggle buttons,
 * hears what is left (the filling bar's text is a polite live region), is told when a plan no longer fits, keeps a
 * draft over a reload, and submits after confirming. The accessibility gate checks every state. The journey makes
 * its own budget (open for a month on the suite's clock) and its own resident, so it never depends on the demo's.
 */
class BudgetJourneyBrowserIT extends BrowserJourney {

    private static final String TITLE = "Buurtbudget Kanaalzone";
    // Plans and costs in euros; names no other test uses.
    private static final Map<String, Long> PLANS = Map.of(
            "Buurtkamer in het sluiswachtershuis", 20_000L,
            "Kunstwerk bij de draaibrug", 18_000L,
            "Speelplek aan de Jaagpadkade", 15_000L,
            "Geveltuinen in de Schippersstraat", 5_000L);

    @Autowired
    DemoUsers users;
    @Autowired
    Budgets budgets;
    @Autowired
    MovableClock clock;

    @Test
    void aResidentBuildsAKnapsackBallotByKeyboard() {
        start("budget");
        users.ensureResident("oosterhaven", "kanaalkiezer");
        users.run("oosterhaven", "redacteur", () -> {
            long id = budgets.create(new BudgetDraft(TITLE, "Kies plannen die samen niet meer kosten dan € 50.000.",
                    5_000_000L, VotingMethod.KNAPSACK, null, clock.instant().minusSeconds(60),
                    clock.instant().plus(Duration.ofDays(30)), false, TieRule.LOWER_COST));
            PLANS.forEach((plan, euros) -> budgets.addProject(id, new ProjectDraft(plan, "Een plan van bewoners.", euros * 100)));
            budgets.publish(id);
        });

        browser.open(siteUrl("oosterhaven") + "/begroting");
        gate.check("budgets");
        follow(TITLE);
        waitUntil(() -> browser.path().matches("/begroting/\\d+"), "the budget's page");
        String budgetPath = browser.path();
        gate.check("budget-anonymous");
        logIn("kanaalkiezer");
        browser.open(siteUrl("oosterhaven") + budgetPath);
        waitUntil(() -> browser.text().contains("Stem insturen"), "the voting form");
        gate.check("budget-voting");
        gate.keyboardPass("budget-voting");

        WebElement live = browser.find(By.cssSelector(".rugzak-budget-bar [aria-live='polite']"));
        assertThat(live.getText()).contains("€ 0 van € 50.000 gekozen").contains("Nog € 50.000 over");

        browser.reachAndPress(toggle("Buurtkamer in het sluiswachtershuis"), Keys.ENTER);
        waitUntil(() -> live.getText().contains("Nog € 30.000 over"), "€ 30.000 left");
        assertThat(toggle("Buurtkamer in het sluiswachtershuis").getDomAttribute("aria-pressed")).isEqualTo("true");
        browser.reachAndPress(toggle("Kunstwerk bij de draaibrug"), Keys.SPACE);
        waitUntil(() -> live.getText().contains("Nog € 12.000 over"), "€ 12.000 left");
        gate.check("two-chosen");

        // € 15.000 does not fit in the € 12.000 left: said in the status line, nothing chosen.
        browser.reachAndPress(toggle("Speelplek aan de Jaagpadkade"), Keys.ENTER);
        waitUntil(() -> browser.text().contains("past niet meer in het budget"), "the plan that does not fit");
        assertThat(toggle("Speelplek aan de Jaagpadkade").getDomAttribute("aria-pressed")).isEqualTo("false");
        gate.check("does-not-fit");

        // Changing one's mind: take the artwork out again and choose two smaller plans.
        browser.reachAndPress(toggle("Kunstwerk bij de draaibrug"), Keys.ENTER);
        waitUntil(() -> live.getText().contains("Nog € 30.000 over"), "€ 30.000 left again");
        browser.reachAndPress(toggle("Speelplek aan de Jaagpadkade"), Keys.ENTER);
        browser.reachAndPress(toggle("Geveltuinen in de Schippersstraat"), Keys.ENTER);
        waitUntil(() -> live.getText().contains("€ 40.000 van € 50.000 gekozen") && live.getText().contains("Nog € 10.000 over"),
                "€ 40.000 chosen");

        // The draft is kept: a reload shows the same choice.
        browser.open(siteUrl("oosterhaven") + budgetPath);
        waitUntil(() -> browser.find(By.cssSelector(".rugzak-budget-bar [aria-live='polite']")).getText()
                .contains("Nog € 10.000 over"), "the kept draft");

        press("Stem insturen");
        waitUntil(() -> browser.isPresent(By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]")),
                "the confirmation");
        gate.check("confirm");
        browser.reachAndPress(button("Ja, stem insturen"), Keys.ENTER);
        waitUntil(() -> browser.text().contains("Dank u wel! Uw stem is ingestuurd."), "the thanks");
        assertThat(browser.text()).contains("U heeft gestemd").contains("Buurtkamer in het sluiswachtershuis (€ 20.000)");
        assertThat(browser.isPresent(By.xpath("//vaadin-button[normalize-space(.)='Stem insturen']"))).isFalse();
        gate.check("voted");
    }

    private WebElement toggle(String plan) {
        return browser.find(By.cssSelector("vaadin-button[aria-label='Kies dit project: " + plan + "']"));
    }
}
