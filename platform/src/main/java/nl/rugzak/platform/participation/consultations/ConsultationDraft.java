package nl.rugzak.platform.participation.consultations;

import nl.rugzak.tenantadmin.text.UserText;

import java.time.Instant;

/** What staff fill in for a consultation; checked by {@link Consultations}. */
public record ConsultationDraft(Long topicId, String title, String introduction, ConsultationKind kind,
                                Instant opensAt, Instant closesAt, String contactName, String contactEmail) {

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public ConsultationDraft {
        title = UserText.line(title);
        introduction = UserText.lines(introduction);
        contactName = UserText.line(contactName);
        contactEmail = UserText.line(contactEmail);
    }

}
