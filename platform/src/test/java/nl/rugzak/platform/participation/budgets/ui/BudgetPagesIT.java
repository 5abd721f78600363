package nl.rugzak.platform.participation.budgets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import nl.rugzak.platform.participation.budgets.Ballots;
import nl.rugzak.platform.participation.budgets.Budget;
import nl.rugzak.platform.participation.budgets.Budgets;
import nl.rugzak.platform.participation.budgets.MyBallot;
import nl.rugzak.platform.participation.budgets.VotingMethod;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.participation.budgets.TestPeople;
import nl.rugzak.platform.support.IntegrationTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The budget pages as residents and editors use them, without a browser, on the demo municipalities' budgets. */
class BudgetPagesIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    TestPeople users;
    @Autowired
    Budgets budgets;
    @Autowired
    Ballots ballots;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        users = new TestPeople(application);
        TestPeople.demoBudgets(application, "voorbeeld");
        TestPeople.demoBudgets(application, "oosterhaven");
    }

    /** The municipality's site in a browserless UI, as this person (null: an anonymous visitor). */
    void visit(String realm, String user, Runnable steps) {
        var security = application.getBean(SecurityContextHolderStrategy.class);
        Authentication login = user == null ? null : TestPeople.login(realm, user);
        var previous = security.getContext();
        var previousStatic = SecurityContextHolder.getContext();
        TenantContext.run(new TenantId(realm), () -> {
            var context = security.createEmptyContext();
            context.setAuthentication(login);
            security.setContext(context);
            // Vaadin's AuthenticationContext reads the static holder (see SiteUi).
            SecurityContextHolder.setContext(context);
            BrowserlessUi.open(application, login);
            try {
                steps.run();
            } finally {
                BrowserlessUi.close();
                security.setContext(previous);
                SecurityContextHolder.setContext(previousStatic);
            }
        });
    }

    long demoBudget(String realm, VotingMethod method) {
        String title = method == VotingMethod.KNAPSACK ? "Buurtbudget Havenkwartier" : "Speelplekken in de wijken";
        return users.as(realm, "bewoner", () -> budgets.published()).stream().filter(b -> b.title().equals(title))
                .map(Budget::id).min(Long::compare).orElseThrow();
    }

    static Button toggle(String project) {
        return _find(Button.class).stream()
                .filter(b -> ("Kies dit project: " + project).equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow(() -> new AssertionError("no toggle for " + project));
    }

    static String liveText() {
        BudgetView view = _get(BudgetView.class);
        return view.bar.getElement().getChildren()
                .filter(child -> "polite".equals(child.getAttribute("aria-live")))
                .findFirst().orElseThrow().getTextRecursively();
    }

    @Test
    void aVisitorReadsTheBudgetAndItsRuleAndIsAskedToLogIn() {
        long id = demoBudget("oosterhaven", VotingMethod.KNAPSACK);
        visit("oosterhaven", null, () -> {
            UI.getCurrent().navigate("begroting");
            assertThat(BrowserlessUi.text(_get(BudgetListView.class))).contains("Buurtbudget Havenkwartier").contains("Stemmen kan nu");
            UI.getCurrent().navigate("begroting/" + id);
            String page = BrowserlessUi.text(_get(BudgetView.class));
            assertThat(page).contains("Budget: € 50.000").contains("Zo kiezen we de projecten")
                    .contains("gerangschikt op aantal stemmen").contains("het goedkopere project voor")
                    .contains("Log in om te stemmen");
            assertThat(_find(Button.class)).noneMatch(b -> b.getText().equals("Stem insturen"));
        });
    }

    @Test
    void aResidentFillsTheBarHearsWhatIsLeftAndSubmitsAfterConfirming() {
        long id = demoBudget("oosterhaven", VotingMethod.KNAPSACK);
        visit("oosterhaven", "paginakiezer", () -> {
            UI.getCurrent().navigate("begroting/" + id);
            assertThat(liveText()).isEqualTo("€ 0 van € 50.000 gekozen. Nog € 50.000 over.");

            _click(toggle("Buurtkamer in de oude loods"));
            assertThat(liveText()).isEqualTo("€ 20.000 van € 50.000 gekozen. Nog € 30.000 over.");
            assertThat(toggle("Buurtkamer in de oude loods").getElement().getAttribute("aria-pressed")).isEqualTo("true");
            _click(toggle("Kunstwerk over de vissersgeschiedenis"));
            _click(toggle("Speelplek bij de Zeemanshof"));
            assertThat(_get(BudgetView.class).feedback.getText()).contains("past niet meer in het budget");
            assertThat(toggle("Speelplek bij de Zeemanshof").getElement().getAttribute("aria-pressed")).isEqualTo("false");
            assertThat(liveText()).contains("Nog € 12.000 over");

            _click(_get(Button.class, spec -> spec.withText("Stem insturen")));
            _get(Dialog.class);
            _click(_get(Button.class, spec -> spec.withText("Ja, stem insturen")));

            assertThat(_get(BudgetView.class).feedback.getText()).isEqualTo("Dank u wel! Uw stem is ingestuurd.");
            assertThat(BrowserlessUi.text(_get(BudgetView.class))).contains("U heeft gestemd")
                    .contains("Buurtkamer in de oude loods (€ 20.000)");
            assertThat(_find(Button.class)).noneMatch(b -> b.getText().equals("Stem insturen"));
        });
        MyBallot mine = users.as("oosterhaven", "paginakiezer", () -> ballots.mine(id));
        assertThat(mine.state()).isEqualTo(MyBallot.State.SUBMITTED);
        assertThat(mine.projectIds()).hasSize(2);
    }

    @Test
    void aClosedBudgetShowsItsWinnersAsAChartWithATable() {
        long id = demoBudget("voorbeeld", VotingMethod.APPROVAL);
        visit("voorbeeld", null, () -> {
            UI.getCurrent().navigate("begroting/" + id);
            String page = BrowserlessUi.text(_get(BudgetView.class));
            assertThat(page).contains("Uitslag").contains("Deze projecten worden uitgevoerd").contains("(gekozen)")
                    .contains("Stemmen per project").contains("De 2 projecten met de meeste stemmen");
            assertThat(_get(BudgetView.class).getElement().getOuterHTML()).contains("<table").contains("role=\"img\"");
        });
    }

    @Test
    void anEditorIsToldPerFieldWhatIsMissingAndNothingIsStored() {
        long before = TenantContext.call(new TenantId("voorbeeld"),
                () -> jdbc.sql("SELECT count(*) FROM budget").query(Long.class).single());
        visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer/begroting/nieuw");
            _click(_get(Button.class, spec -> spec.withText("Opslaan")));
            TextField title = _get(TextField.class, spec -> spec.withLabel("Titel"));
            assertThat(title.isInvalid()).isTrue();
            assertThat(title.getErrorMessage()).isEqualTo("Vul de titel in.");

            _setValue(title, "Buurtbudget Noord");
            _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                    spec -> spec.withLabel("Budget in euro")), new java.math.BigDecimal("25000"));
            _click(_get(Button.class, spec -> spec.withText("Opslaan")));
            assertThat(BrowserlessUi.text(_get(BudgetEditView.class))).contains("Buurtbudget Noord").contains("Project toevoegen");
        });
        long after = TenantContext.call(new TenantId("voorbeeld"),
                () -> jdbc.sql("SELECT count(*) FROM budget").query(Long.class).single());
        assertThat(after).isEqualTo(before + 1);
    }
}
