package nl.rugzak.platform.participation.consultations;

import java.time.Instant;

/** A consultation as lists and pages show it; {@code reactions} counts what this visitor may know exists. */
public record Consultation(long id, long topicId, String title, String introduction, ConsultationKind kind,
                           Instant opensAt, Instant closesAt, String contactName, String contactEmail,
                           ConsultationPhase phase, int reactions, int versions, Instant reportPublishedAt) {

    public boolean open() {
        return phase == ConsultationPhase.OPEN;
    }

    public boolean formal() {
        return kind == ConsultationKind.FORMAL;
    }
}
