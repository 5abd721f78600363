package nl.rugzak.platform.participation.consultations;

import java.time.Instant;

/** What staff fill in for a consultation; checked by {@link Consultations}. */
public record ConsultationDraft(Long topicId, String title, String introduction, ConsultationKind kind,
                                Instant opensAt, Instant closesAt, String contactName, String contactEmail) {
}
