package nl.rugzak.platform.participation.budgets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The published rule that turns vote counts into winning projects. Pure: the same counts always give the same
 * winners, tested against hand-worked examples.
 *
 * <ul>
 * <li>Knapsack: the "greedy" rule of Decidim and Stanford's PB platform. Walk the projects from most to fewest
 * votes (ties by the published tie rule) and fund each one that still fits in what is left of the budget.</li>
 * <li>Approval: the N projects with the most votes (ties by the same rule).</li>
 * </ul>
 * A project nobody voted for never wins.
 */
public final class ResultRule {

    /** One project's count, and what the tie rule needs. */
    public record Tally(long projectId, String title, long costCents, long votes, Instant addedAt) {
    }

    /** A project in the result, in ranking order. {@code rank} starts at 1. */
    public record Outcome(int rank, Tally tally, boolean won) {
    }

    private ResultRule() {
    }

    public static List<Outcome> apply(VotingMethod method, long budgetCents, Integer maxChoices, TieRule tieRule,
                                      List<Tally> tallies) {
        List<Tally> ranked = new ArrayList<>(tallies);
        ranked.sort(tieRule.ranking());
        List<Outcome> outcomes = new ArrayList<>(ranked.size());
        long left = budgetCents;
        int chosen = 0;
        for (Tally tally : ranked) {
            boolean won;
            if (tally.votes() <= 0) {
                won = false;
            } else if (method == VotingMethod.KNAPSACK) {
                won = tally.costCents() <= left;
            } else {
                won = chosen < maxChoices;
            }
            if (won) {
                left -= tally.costCents();
                chosen++;
            }
            outcomes.add(new Outcome(outcomes.size() + 1, tally, won));
        }
        return outcomes;
    }
}
