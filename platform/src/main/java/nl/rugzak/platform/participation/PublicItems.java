package nl.rugzak.platform.participation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A module's public items by id, for frames that hold other modules' items (a project's phases) and for pickers in
 * the back office, without reading the module's tables. Only public, visible items of the current tenant.
 */
public interface PublicItems {

    Optional<Item> find(long id);

    /**
     * The items with these ids that are public here (others left out), for frames that show many at once (a project
     * page). Modules whose items are placed in numbers answer with one query instead of one per item.
     */
    default List<Item> findAll(List<Long> ids) {
        return ids.stream().flatMap(id -> find(id).stream()).toList();
    }

    /** The newest public items, for staff choosing what to place somewhere. */
    List<Item> recent(int limit);

    /**
     * {@code statusKey} names the item's state in the bundles (e.g. {@code polls.status.open}), or is null;
     * {@code imageUrl}/{@code imageAlt} are null when the item has no image.
     */
    record Item(String module, long id, String title, String summary, String link, String statusKey, Instant at,
                String imageUrl, String imageAlt) {
    }
}
