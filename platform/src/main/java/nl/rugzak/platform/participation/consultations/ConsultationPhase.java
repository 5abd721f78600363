package nl.rugzak.platform.participation.consultations;

import java.time.Instant;

/** Where a consultation stands: derived from its period and the clock, and from what staff published or closed. */
public enum ConsultationPhase {
    DRAFT, ANNOUNCED, OPEN, PROCESSING, REPORT_PUBLISHED, CLOSED;

    static ConsultationPhase of(Instant publishedAt, Instant opensAt, Instant closesAt, Instant reportPublishedAt,
                                Instant closedAt, Instant now) {
        if (publishedAt == null) {
            return DRAFT;
        }
        if (closedAt != null) {
            return CLOSED;
        }
        if (reportPublishedAt != null) {
            return REPORT_PUBLISHED;
        }
        if (now.isBefore(opensAt)) {
            return ANNOUNCED;
        }
        return now.isBefore(closesAt) ? OPEN : PROCESSING;
    }

    public String key() {
        return "consultations.phase." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean isPublic() {
        return this != DRAFT;
    }
}
