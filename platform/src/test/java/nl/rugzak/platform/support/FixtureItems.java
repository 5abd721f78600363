package nl.rugzak.platform.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.ModeratedContent;
import nl.rugzak.platform.moderation.ModeratedItem;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * A stand-in participation module (id "fixture") for tests of comments and moderation until real modules
 * (initiatives, topics) exist: items kept in memory per tenant, so an item of one tenant does not exist at another.
 */
@Component
public class FixtureItems implements ModeratedContent {

    public static final String MODULE = "fixture";

    private final Map<String, Map<Long, ModeratedItem>> items = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1);

    /** A new item of the current tenant. */
    public ContentRef create(String title, String authorSubject, String authorName, Visibility visibility) {
        long id = ids.getAndIncrement();
        ContentRef ref = new ContentRef(MODULE, id);
        own().put(id, new ModeratedItem(ref, title, title, authorSubject, authorName, "/proef/" + id, visibility,
                Instant.now()));
        return ref;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public Optional<ModeratedItem> find(long itemId) {
        return Optional.ofNullable(own().get(itemId));
    }

    @Override
    public List<ModeratedItem> pending() {
        return own().values().stream().filter(i -> i.visibility() == Visibility.PENDING).toList();
    }

    @Override
    public void changeVisibility(long itemId, Visibility visibility) {
        own().computeIfPresent(itemId, (id, i) -> new ModeratedItem(i.ref(), i.title(), i.excerpt(), i.authorSubject(),
                i.authorName(), i.link(), visibility, i.createdAt()));
    }

    private Map<Long, ModeratedItem> own() {
        return items.computeIfAbsent(TenantContext.require().slug(), slug -> new ConcurrentHashMap<>());
    }
}
