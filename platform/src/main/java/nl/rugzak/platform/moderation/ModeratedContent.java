package nl.rugzak.platform.moderation;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by every module whose items can be commented on, reported and moderated (one Spring bean per
 * module). All calls work in the current tenant's schema. A module that is switched off for the tenant answers
 * {@link #find} with empty, so everything about its items is "not found".
 */
public interface ModeratedContent {

    /** The module id used in {@link nl.rugzak.platform.content.ContentRef}, e.g. "initiatives". */
    String module();

    /** The item whatever its visibility; empty when it does not exist (or was deleted). */
    Optional<ModeratedItem> find(long itemId);

    /** Items waiting for a moderator's approval, oldest first. */
    List<ModeratedItem> pending();

    /** Called by {@link Moderation} only, inside its transaction; the decision is recorded there. */
    void changeVisibility(long itemId, Visibility visibility);

    /**
     * Called by {@link Moderation} only, inside its transaction, after a moderator approved an item that waited for
     * approval (it is visible now): the module records the notifications it would have recorded had the item been
     * public when posted. Use {@code Notice.once} keys shared with the posting path, so nobody is told twice.
     */
    default void approved(long itemId) {
    }
}
