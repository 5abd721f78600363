package nl.rugzak.platform.participation.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The published rule against examples worked out by hand (amounts in whole euros for readability). */
class ResultRuleTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    /** Six projects: A leads; B and C tie on 8 votes, D and E tie on 5; F has no votes. Budget € 100. */
    private static final List<ResultRule.Tally> KNAPSACK = List.of(
            tally(1, "A", 40, 10, 1), tally(2, "B", 50, 8, 2), tally(3, "C", 30, 8, 3),
            tally(4, "D", 20, 5, 4), tally(5, "E", 10, 5, 5), tally(6, "F", 5, 0, 6));

    @Test
    void knapsackWithCheaperFirstOnTies() {
        // Ranking: A(10) C(8, €30) B(8, €50) E(5, €10) D(5, €20) F(0).
        // Left €100: A fits (60 left), C fits (30), B does not (50 > 30), E fits (20), D fits (0), F has no votes.
        var outcome = ResultRule.apply(VotingMethod.KNAPSACK, euros(100), null, TieRule.LOWER_COST, KNAPSACK);

        assertThat(titles(outcome)).containsExactly("A", "C", "B", "E", "D", "F");
        assertThat(winners(outcome)).containsExactly("A", "C", "E", "D");
        assertThat(outcome).extracting(ResultRule.Outcome::rank).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void knapsackWithEarlierFirstOnTiesGivesAnotherHonestOutcome() {
        // Ranking: A B C D E F. Left €100: A (60 left), B (10 left), C no (30 > 10), D no (20 > 10), E (0), F none.
        var outcome = ResultRule.apply(VotingMethod.KNAPSACK, euros(100), null, TieRule.EARLIER_ADDED, KNAPSACK);

        assertThat(titles(outcome)).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(winners(outcome)).containsExactly("A", "B", "E");
    }

    @Test
    void cheaperFirstFallsBackToTheOrderOfAddingWhenCostsAreEqualToo() {
        var outcome = ResultRule.apply(VotingMethod.KNAPSACK, euros(30), null, TieRule.LOWER_COST, List.of(
                tally(7, "Later", 20, 4, 9), tally(8, "Earlier", 20, 4, 8)));

        assertThat(titles(outcome)).containsExactly("Earlier", "Later");
        assertThat(winners(outcome)).containsExactly("Earlier");
    }

    @Test
    void aProjectLargerThanTheWholeBudgetNeverWinsButDoesNotBlockOthers() {
        var outcome = ResultRule.apply(VotingMethod.KNAPSACK, euros(50), null, TieRule.LOWER_COST, List.of(
                tally(1, "Huge", 80, 20, 1), tally(2, "Small", 10, 1, 2)));

        assertThat(winners(outcome)).containsExactly("Small");
    }

    /** Approval, choose 2: P leads; Q (€30, added first) and R (€20) tie on 7; S has 3; T none. */
    private static final List<ResultRule.Tally> APPROVAL = List.of(
            tally(1, "P", 100, 10, 1), tally(2, "Q", 30, 7, 2), tally(3, "R", 20, 7, 3),
            tally(4, "S", 5, 3, 4), tally(5, "T", 1, 0, 5));

    @Test
    void approvalTakesTheTopNWithTheTieRuleAtTheBoundary() {
        var cheaper = ResultRule.apply(VotingMethod.APPROVAL, euros(1), 2, TieRule.LOWER_COST, APPROVAL);
        var earlier = ResultRule.apply(VotingMethod.APPROVAL, euros(1), 2, TieRule.EARLIER_ADDED, APPROVAL);

        assertThat(titles(cheaper)).containsExactly("P", "R", "Q", "S", "T");
        assertThat(winners(cheaper)).containsExactly("P", "R");
        assertThat(winners(earlier)).containsExactly("P", "Q");
    }

    @Test
    void approvalNeverChoosesAProjectWithoutVotes() {
        var outcome = ResultRule.apply(VotingMethod.APPROVAL, euros(1), 10, TieRule.LOWER_COST, APPROVAL);

        assertThat(winners(outcome)).containsExactly("P", "R", "Q", "S");
    }

    private static ResultRule.Tally tally(long id, String title, long euros, long votes, int minute) {
        return new ResultRule.Tally(id, title, euros(euros), votes, T.plusSeconds(60L * minute));
    }

    private static long euros(long euros) {
        return euros * 100;
    }

    private static List<String> titles(List<ResultRule.Outcome> outcomes) {
        return outcomes.stream().map(o -> o.tally().title()).toList();
    }

    private static List<String> winners(List<ResultRule.Outcome> outcomes) {
        return outcomes.stream().filter(ResultRule.Outcome::won).map(o -> o.tally().title()).toList();
    }
}
