package nl.rugzak.platform.participation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of a module's public objects in the read API ({@code /api/v1/<name>}), declared by the module's manifest
 * ({@link ModuleManifest#apiResources()}). The module reads through its own services, so its rules (module gate,
 * published only, hidden and moderated items left out, results only when public) hold here as on its pages; the API
 * layer adds paging, the allowlisted filters and sorting, links, caching, the OpenAPI document and the downloads.
 *
 * <p>An item is a map of field name to value (String, Number, Boolean, {@link java.time.Instant}, or lists and maps
 * of those); every item has {@code id} and {@code link} (the path of its page on the site). Items are read without a
 * visitor: never personal data, never anything only a logged-in resident or staff member may see.
 */
public interface ApiResource {

    /** The module whose gate this resource stands behind (a switched-off module answers 404). */
    String module();

    /** The path segment under {@code /api/v1}, lower case, e.g. {@code polls}; also the dataset's name. */
    String name();

    /** What the objects are, in English, for the OpenAPI document and the API page. */
    String description();

    /** The fields of an item in a list, in order; the detail may add {@link #detailFields()}. */
    List<Field> fields();

    /** Fields only the single item carries (e.g. a poll's options and public results). */
    default List<Field> detailFields() {
        return List.of();
    }

    /** Fields a list may be filtered on by equality ({@code ?status=open}); nothing else is accepted. */
    List<String> filters();

    /** Fields a list may be sorted on ({@code ?sort=-updatedAt}); nothing else is accepted. */
    List<String> sorts();

    /** The sort when none is asked for, e.g. {@code -updatedAt}. */
    String defaultSort();

    /** Every public item of the current municipality, as a list shows it (the open-data downloads). */
    List<Map<String, Object>> list();

    /**
     * One page of the public items, filtered, sorted and after the keyset as the listing says: at most
     * {@code listing.limit() + 1} items. Resources with many items read the page in their query
     * ({@link ApiListing#sql}); the default takes it from {@link #list()}.
     */
    default List<Map<String, Object>> page(ApiListing listing) {
        return listing.slice(list());
    }

    /** One public item with its detail fields, or empty when it is not public here (or does not exist here). */
    Optional<Map<String, Object>> find(long id);

    /** An item from name, value pairs, in that order (values may be null). */
    static Map<String, Object> item(Object... pairs) {
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            item.put((String) pairs[i], pairs[i + 1]);
        }
        return item;
    }

    /** A field of an item: its name, JSON type and what it means (English). */
    record Field(String name, Type type, String description) {
    }

    /** JSON types of fields; {@code DATE_TIME} is an ISO-8601 instant in UTC. */
    enum Type {
        INTEGER, NUMBER, STRING, BOOLEAN, DATE_TIME, ARRAY, OBJECT
    }
}
