package nl.rugzak.platform.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import nl.rugzak.platform.participation.ApiListing;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.ApiResource.Field;

/**
 * A list request checked against the resource's allowlist: filters by equality on declared fields, one sort field
 * (with {@code -} for descending, id as tie-break), a page size and a signed keyset cursor ({@link ApiCursors}).
 * Anything else is refused with a 400 before any data is read. Parameters never become SQL: the resource pages in
 * its own query with columns from its fixed maps and the values as bind parameters ({@link ApiListing#sql}).
 *
 * @param scope what a cursor of this list is bound to: municipality, resource, sort and filters
 */
record ApiQuery(ApiListing listing, String scope, ApiCursors cursors) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final Set<String> CONTROLS = Set.of("limit", "cursor", "sort");
    private static final int MAX_VALUE_LENGTH = 200;

    static ApiQuery of(ApiResource resource, Map<String, String[]> parameters, String tenant, ApiCursors cursors) {
        Map<String, String> filters = new TreeMap<>();
        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (parameter.getValue().length != 1) {
                throw ApiProblem.badRequest("Parameter '" + shorten(name) + "' may be given once.");
            }
            String value = parameter.getValue()[0];
            if (value.length() > MAX_VALUE_LENGTH) {
                throw ApiProblem.badRequest("Parameter '" + shorten(name) + "' is longer than " + MAX_VALUE_LENGTH
                        + " characters.");
            }
            if (!CONTROLS.contains(name)) {
                if (!resource.filters().contains(name)) {
                    throw ApiProblem.badRequest("Unknown filter '" + shorten(name) + "' for " + resource.name()
                            + "; allowed filters: " + allowed(resource.filters()) + "; and limit, sort, cursor.");
                }
                filters.put(name, value);
            }
        }
        String sort = one(parameters, "sort", resource.defaultSort());
        boolean descending = sort.startsWith("-");
        String sortField = descending ? sort.substring(1) : sort;
        if (!resource.sorts().contains(sortField)) {
            throw ApiProblem.badRequest("Cannot sort " + resource.name() + " by '" + shorten(sort) + "'; allowed: "
                    + allowed(resource.sorts()) + " (prefix with - for descending).");
        }
        int limit = limit(one(parameters, "limit", String.valueOf(DEFAULT_LIMIT)));
        String scope = tenant + "\n" + resource.name() + "\n" + sort + "\n" + filters;
        String cursor = one(parameters, "cursor", null);
        Object afterValue = null;
        Long afterId = null;
        if (cursor != null) {
            String keyset = cursors.open(scope, cursor).orElseThrow(() -> ApiProblem.badRequest("This cursor does "
                    + "not belong to this list (another municipality, resource, sort or filter) or was changed; use "
                    + "the 'next' link of the previous page, or start again without a cursor."));
            String[] parts = keyset.split("\n", -1);
            try {
                afterId = Long.parseLong(parts[1]);
                afterValue = parts[0].isEmpty() ? null : typed(resource, sortField, parts[0].substring(1));
            } catch (RuntimeException e) {
                throw ApiProblem.badRequest("The cursor is damaged; start again without a cursor.");
            }
        }
        return new ApiQuery(new ApiListing(Map.copyOf(filters), sortField, descending, limit, afterValue, afterId),
                scope, cursors);
    }

    /** The page the resource reads, and the cursor of the next page (null on the last page). */
    Page page(ApiResource resource) {
        return page(resource.page(listing));
    }

    /** The page from what the resource read: at most one item more than the limit, which means "there is more". */
    Page page(List<Map<String, Object>> read) {
        int limit = listing.limit();
        if (read.size() <= limit) {
            return new Page(read, null);
        }
        List<Map<String, Object>> page = read.subList(0, limit);
        return new Page(page, encode(page.getLast()));
    }

    record Page(List<Map<String, Object>> items, String nextCursor) {
    }

    private String encode(Map<String, Object> last) {
        Object value = last.get(listing.sort());
        String keyset = (value == null ? "" : "v" + value) + "\n" + ((Number) last.get("id")).longValue();
        return cursors.seal(scope, keyset);
    }

    private static Object typed(ApiResource resource, String field, String text) {
        ApiResource.Type type = resource.fields().stream().filter(f -> f.name().equals(field)).map(Field::type)
                .findFirst().orElse(ApiResource.Type.STRING);
        try {
            return switch (type) {
                case INTEGER -> Long.parseLong(text);
                case NUMBER -> Double.parseDouble(text);
                case BOOLEAN -> Boolean.parseBoolean(text);
                case DATE_TIME -> Instant.parse(text);
                default -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw ApiProblem.badRequest("The cursor is damaged; start again without a cursor.");
        }
    }

    private static int limit(String text) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest("'limit' must be a whole number from 1 to " + MAX_LIMIT + ".");
    }

    private static String allowed(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String one(Map<String, String[]> parameters, String name, String fallback) {
        String[] values = parameters.get(name);
        return values == null ? fallback : Objects.requireNonNull(values[0]);
    }

    /** Echo at most a little of what was sent, so a problem never carries a long or odd input back. */
    private static String shorten(String text) {
        String clean = text.replaceAll("[^\\p{Alnum}_\\-.() ]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
