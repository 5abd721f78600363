package nl.rugzak.platform.comments;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.moderation.ModeratedItem;
import nl.rugzak.platform.moderation.ModeratedModules;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/** Comments as moderated content (module "comments"), so they appear in the queue and can be reported and hidden. */
@Component
class CommentModeration implements ModeratedContent {

    private final CommentStore store;
    private final SafeMarkdown markdown;
    private final ModeratedModules modules;
    private final ReplyNotices replyNotices;

    CommentModeration(CommentStore store, SafeMarkdown markdown, ModeratedModules modules, ReplyNotices replyNotices) {
        this.store = store;
        this.replyNotices = replyNotices;
        this.markdown = markdown;
        this.modules = modules;
    }

    @Override
    public String module() {
        return Comments.MODULE;
    }

    @Override
    public Optional<ModeratedItem> find(long itemId) {
        TenantContext.require();
        return store.find(itemId, -1).filter(row -> row.deletedAt() == null).map(this::item);
    }

    @Override
    public List<ModeratedItem> pending() {
        TenantContext.require();
        return store.pending().stream().map(this::item).toList();
    }

    @Override
    public void changeVisibility(long itemId, Visibility visibility) {
        store.changeVisibility(itemId, visibility);
    }

    @Override
    public void approved(long itemId) {
        replyNotices.approved(itemId);
    }

    private ModeratedItem item(CommentStore.Row row) {
        Optional<ModeratedItem> target = target(row.target());
        // The heading is built in the moderator's language around what the comment is on.
        String title = target.map(ModeratedItem::title).orElse(null);
        String titleKey = target.isPresent() ? "comments.moderation.comment-on" : "comments.moderation.comment-on-deleted";
        String link = target.map(t -> t.link() + "#reactie-" + row.id()).orElse(null);
        return new ModeratedItem(new ContentRef(Comments.MODULE, row.id()), title, titleKey, markdown.plain(row.body(), 300),
                row.authorSubject(), row.authorName(), link, row.visibility(), row.createdAt());
    }

    private Optional<ModeratedItem> target(ContentRef target) {
        if (target.module().equals(Comments.MODULE)) {
            return Optional.empty();
        }
        return modules.find(target.module()).flatMap(m -> m.find(target.itemId()));
    }
}
