package nl.rugzak.platform.participation.updates;

import nl.rugzak.tenantadmin.text.UserText;

import java.time.Instant;

/**
 * What the author typed. {@code publishAt} is only read for {@link Publication#SCHEDULED}; an image (optional) needs
 * its alt text.
 */
public record UpdateDraft(UpdateTarget target, String title, String body, Publication publication, Instant publishAt,
                          byte[] image, String imageAlt) {

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public UpdateDraft {
        title = UserText.line(title);
        body = UserText.lines(body);
        imageAlt = UserText.line(imageAlt);
    }


    public enum Publication {
        NOW, SCHEDULED, DRAFT
    }

    public static UpdateDraft now(UpdateTarget target, String title, String body) {
        return new UpdateDraft(target, title, body, Publication.NOW, null, null, null);
    }
}
