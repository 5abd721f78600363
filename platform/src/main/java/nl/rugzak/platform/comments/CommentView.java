package nl.rugzak.platform.comments;

import java.time.Instant;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Visibility;

/**
 * One comment as the current viewer may see it.
 *
 * @param html             the text rendered by {@code SafeMarkdown} (safe to put into the page); empty when deleted
 * @param text             the Markdown as written (for the edit form of its author); empty when deleted
 * @param authorName       shown escaped, never as HTML
 * @param byMunicipality   written by staff (editor, moderator, tenant admin at the time): the municipality speaks
 * @param moderationReason why it was hidden; only filled for its author and moderators
 * @param edited           changed after posting (shown as "bewerkt")
 * @param deleted          deleted by its author; shown as a placeholder only when it has replies
 * @param mine             written by the viewer
 * @param editable         the viewer may still edit it (own, within 15 minutes, not hidden or deleted)
 */
public record CommentView(long id, ContentRef target, Long parentId, String authorName, boolean byMunicipality,
                          String text, String html, Visibility visibility, String moderationReason, Instant createdAt,
                          boolean edited, boolean deleted, long supports, boolean supportedByViewer, boolean mine,
                          boolean editable) {

    /** The reference by which this comment itself is reported and moderated. */
    public ContentRef ref() {
        return new ContentRef(Comments.MODULE, id);
    }
}
