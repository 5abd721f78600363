package nl.rugzak.platform.participation.budgets;

import java.time.Instant;
import java.util.List;

/**
 * A budget as residents and staff read it, with its projects (in the order they were added). {@code ballots} counts
 * submitted ballots; {@code locked}: a ballot exists, so method, amount and costs can no longer change.
 */
public record Budget(long id, String title, String description, long totalCents, VotingMethod method,
                     Integer maxChoices, Instant opensAt, Instant closesAt, boolean changesAllowed, TieRule tieRule,
                     boolean published, BudgetPhase phase, long ballots, boolean locked, List<Project> projects) {

    public Budget {
        projects = List.copyOf(projects);
    }

    /** The description's first paragraph without Markdown marks, for cards and previews. */
    public String summary() {
        String first = description.strip().split("\\n\\s*\\n", 2)[0].replaceAll("[*_#>`]", "").strip();
        return first.length() <= 300 ? first : first.substring(0, 299) + "…";
    }

    public String link() {
        return "/begroting/" + id;
    }

    /**
     * {@code imageUrl}/{@code imageAlt} are null without an image; {@code sourceModule}/{@code sourceId} say where it
     * came from (an idea), or are null.
     */
    public record Project(long id, String title, String summary, long costCents, String imageUrl, String imageAlt,
                          Integer imageWidth, Integer imageHeight, String sourceModule, Long sourceId,
                          Instant addedAt) {
    }
}
