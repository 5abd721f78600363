package nl.rugzak.platform.comments;

import nl.rugzak.platform.moderation.ModeratedItem;
import nl.rugzak.platform.moderation.ModeratedModules;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.platform.notifications.Audience;
import nl.rugzak.platform.notifications.Notice;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.notifications.Notifications;
import org.springframework.stereotype.Component;

/**
 * Tells a comment's author of a reply once it is public: when it is posted, or, under pre-moderation, when a
 * moderator approves it. Keyed by the reply, so a reply approved again after an edit tells nobody twice.
 */
@Component
class ReplyNotices {

    private final CommentStore store;
    private final ModeratedModules modules;
    private final Notifications notifications;

    ReplyNotices(CommentStore store, ModeratedModules modules, Notifications notifications) {
        this.store = store;
        this.modules = modules;
        this.notifications = notifications;
    }

    /** A reply that is public as posted: {@code parentAuthor} wrote the comment replied to. */
    void replied(ModeratedItem item, long replyId, String body, long parentAuthor, long replier) {
        notifications.record(Notice.of(NotificationKind.COMMENT_REPLY, item.title(), item.link()).withDetail(body)
                .once(key(replyId)), Audience.resident(parentAuthor).except(replier));
    }

    /**
     * A reply a moderator just made public. Which comment in the thread it answered is not kept, so the author of
     * the thread's first comment is told (the comment replied to, unless it was a reply to a reply).
     */
    void approved(long replyId) {
        store.find(replyId, -1)
                .filter(reply -> reply.parentId() != null && reply.deletedAt() == null
                        && reply.visibility() == Visibility.VISIBLE)
                .ifPresent(reply -> store.find(reply.parentId(), -1)
                        .filter(thread -> thread.deletedAt() == null)
                        .ifPresent(thread -> modules.find(reply.target().module())
                                .flatMap(module -> module.find(reply.target().itemId()))
                                .filter(item -> item.visibility() == Visibility.VISIBLE)
                                .ifPresent(item -> replied(item, replyId, reply.body(), thread.authorId(),
                                        reply.authorId()))));
    }

    private static String key(long replyId) {
        return "comment-reply:" + replyId;
    }
}
