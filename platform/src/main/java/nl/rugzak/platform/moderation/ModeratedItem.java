package nl.rugzak.platform.moderation;

import java.time.Instant;

import nl.rugzak.platform.content.ContentRef;

/**
 * An item or comment as the moderation queue shows it. {@code excerpt} is plain text, {@code link} a path on the
 * tenant's own site (e.g. "/initiatieven/12"), {@code authorName} is shown escaped. {@code titleKey}, when set, is
 * the text key of a heading the queue builds around {@code title} in the moderator's language ("Reactie op …");
 * without it, {@code title} is shown as it is (a resident's or editor's own title).
 */
public record ModeratedItem(ContentRef ref, String title, String titleKey, String excerpt, String authorSubject,
                            String authorName, String link, Visibility visibility, Instant createdAt) {

    public ModeratedItem(ContentRef ref, String title, String excerpt, String authorSubject, String authorName,
                         String link, Visibility visibility, Instant createdAt) {
        this(ref, title, null, excerpt, authorSubject, authorName, link, visibility, createdAt);
    }
}
