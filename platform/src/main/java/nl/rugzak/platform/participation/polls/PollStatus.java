package nl.rugzak.platform.participation.polls;

import java.time.Instant;

/**
 * Where a poll is in its life. Only DRAFT → published and the explicit close/archive are stored; SCHEDULED, OPEN and
 * CLOSED follow from the clock, so a poll opens and closes on time without a job having to run.
 */
public enum PollStatus {
    DRAFT, SCHEDULED, OPEN, CLOSED, ARCHIVED;

    public String key() {
        return "polls.status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether residents can see the poll at all. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    public boolean isOver() {
        return this == CLOSED || this == ARCHIVED;
    }

    static PollStatus of(boolean published, Instant opensAt, Instant closesAt, Instant closedAt, Instant archivedAt,
                         Instant now) {
        if (archivedAt != null) {
            return ARCHIVED;
        }
        if (!published) {
            return DRAFT;
        }
        if (closedAt != null || !now.isBefore(closesAt)) {
            return CLOSED;
        }
        return now.isBefore(opensAt) ? SCHEDULED : OPEN;
    }
}
