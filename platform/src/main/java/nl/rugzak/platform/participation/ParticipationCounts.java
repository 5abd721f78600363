package nl.rugzak.platform.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a module contributes to the participation dashboards: how many contributions residents made per day, who took
 * part lately, and how far its polls or consultations reached. Only counts and resident ids leave the module (the ids
 * only to count distinct active residents; they are never stored or shown). The dashboard's roll-up asks this in the
 * current tenant, off the request path, and keeps the sums in its own tables; a view never calls it.
 */
public interface ParticipationCounts {

    /**
     * Contributions of one kind on one day (Europe/Amsterdam). {@code kind} names it in the bundles as
     * {@code dashboard.kind.<kind>}; {@code phaseId}/{@code projectId} are 0 when the contribution is not in a
     * project's phase.
     */
    record DailyCount(LocalDate day, String kind, long projectId, long phaseId, long count) {
        public DailyCount {
            if (count < 0) {
                throw new IllegalArgumentException(Long.toString(count));
            }
        }
    }

    /** How many residents took part in one poll, survey or consultation; {@code title} is its public title. */
    record Reach(String kind, long itemId, String title, long participants) {
    }

    /** The titles of a project's phase, for the dashboard's "per project and phase" table. */
    record PhaseTitle(long projectId, long phaseId, String projectTitle, String phaseTitle) {
    }

    /** Contributions per day and kind from {@code from} (inclusive) on. */
    List<DailyCount> daily(LocalDate from);

    /** Residents who contributed at or after {@code since}. */
    Set<Long> activeSince(Instant since);

    /** Reach of each poll or consultation; empty for modules without such items. */
    default List<Reach> reach() {
        return List.of();
    }

    /** Titles of the given phases (only those the module placed contributions in). */
    default List<PhaseTitle> phaseTitles(Collection<Long> phaseIds) {
        return List.of();
    }
}
