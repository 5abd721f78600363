package nl.rugzak.platform.moderation;

import java.time.Instant;

import nl.rugzak.platform.content.ContentRef;

/**
 * An item or comment as the moderation queue shows it. {@code excerpt} is plain text, {@code link} a path on the
 * tenant's own site (e.g. "/initiatieven/12"), {@code authorName} is shown escaped.
 */
public record ModeratedItem(ContentRef ref, String title, String excerpt, String authorSubject, String authorName,
                            String link, Visibility visibility, Instant createdAt) {
}
