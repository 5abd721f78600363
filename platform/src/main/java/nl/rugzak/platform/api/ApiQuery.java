package nl.rugzak.platform.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.ApiResource.Field;

/**
 * A list request checked against the resource's allowlist: filters by equality on declared fields, one sort field
 * (with {@code -} for descending, id as tie-break), a page size and a keyset cursor. Anything else is refused with a
 * 400 before any data is read; parameters never become SQL (modules read their public items with fixed queries and
 * this class filters, sorts and pages them).
 */
record ApiQuery(Map<String, String> filters, String sortField, boolean descending, int limit, Key after) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final Set<String> CONTROLS = Set.of("limit", "cursor", "sort");
    private static final int MAX_VALUE_LENGTH = 200;

    /** Where the previous page ended: the sort field's value and the id of its last item. */
    record Key(String sort, Object value, long id) {
    }

    static ApiQuery of(ApiResource resource, Map<String, String[]> parameters) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (parameter.getValue().length != 1) {
                throw ApiProblem.badRequest("Parameter '" + name + "' may be given once.");
            }
            String value = parameter.getValue()[0];
            if (value.length() > MAX_VALUE_LENGTH) {
                throw ApiProblem.badRequest("Parameter '" + name + "' is longer than " + MAX_VALUE_LENGTH + " characters.");
            }
            if (!CONTROLS.contains(name)) {
                if (!resource.filters().contains(name)) {
                    throw ApiProblem.badRequest("Unknown filter '" + shorten(name) + "' for " + resource.name()
                            + "; allowed filters: " + String.join(", ", resource.filters()) + ".");
                }
                filters.put(name, value);
            }
        }
        String sort = one(parameters, "sort", resource.defaultSort());
        boolean descending = sort.startsWith("-");
        String sortField = descending ? sort.substring(1) : sort;
        if (!resource.sorts().contains(sortField)) {
            throw ApiProblem.badRequest("Cannot sort " + resource.name() + " by '" + shorten(sort) + "'; allowed: "
                    + String.join(", ", resource.sorts()) + " (prefix with - for descending).");
        }
        int limit = limit(one(parameters, "limit", String.valueOf(DEFAULT_LIMIT)));
        String cursor = one(parameters, "cursor", null);
        Key after = cursor == null ? null : decode(cursor, resource, sort);
        return new ApiQuery(Map.copyOf(filters), sortField, descending, limit, after);
    }

    /** The page of items after the cursor, and the cursor of the next page (null on the last page). */
    Page page(List<Map<String, Object>> items) {
        Comparator<Map<String, Object>> order = order();
        List<Map<String, Object>> matching = new ArrayList<>(items.stream().filter(this::matches).toList());
        matching.sort(order);
        Map<String, Object> afterItem = null;
        if (after != null) {
            afterItem = new java.util.HashMap<>();
            afterItem.put(sortField, after.value() == null ? NULL_MARK : after.value());
            afterItem.put("id", after.id());
        }
        Map<String, Object> last = afterItem;
        List<Map<String, Object>> rest = last == null ? matching
                : matching.stream().filter(item -> order.compare(item, last) > 0).toList();
        List<Map<String, Object>> page = rest.stream().limit(limit).toList();
        String next = rest.size() > limit ? encode(page.getLast()) : null;
        return new Page(page, next);
    }

    record Page(List<Map<String, Object>> items, String nextCursor) {
    }

    private boolean matches(Map<String, Object> item) {
        return filters.entrySet().stream().allMatch(filter -> {
            Object value = item.get(filter.getKey());
            return value != null && String.valueOf(value).equalsIgnoreCase(filter.getValue());
        });
    }

    /** A stand-in for "no value" in a cursor: nulls sort last either way. */
    private static final Object NULL_MARK = new Object();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparator<Map<String, Object>> order() {
        Comparator<Object> values = (a, b) -> {
            boolean aNull = a == null || a == NULL_MARK;
            boolean bNull = b == null || b == NULL_MARK;
            if (aNull || bNull) {
                return aNull == bNull ? 0 : aNull ? 1 : -1;
            }
            int compared = a instanceof String sa && b instanceof String sb
                    ? sa.compareToIgnoreCase(sb) : ((Comparable) comparable(a)).compareTo(comparable(b));
            return descending ? -compared : compared;
        };
        return Comparator.<Map<String, Object>, Object>comparing(item -> item.get(sortField), values)
                .thenComparing(item -> ((Number) item.get("id")).longValue());
    }

    private static Object comparable(Object value) {
        return value instanceof Number number && !(value instanceof Long) ? number.doubleValue()
                : value instanceof Long l ? l.doubleValue() : value;
    }

    private String encode(Map<String, Object> last) {
        Object value = last.get(sortField);
        String text = (descending ? "-" : "") + sortField + "\n" + (value == null ? "" : "v" + value) + "\n"
                + ((Number) last.get("id")).longValue();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Key decode(String cursor, ApiResource resource, String sort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("The cursor is not one this API gave out; start again without a cursor.");
        }
        if (parts.length != 3 || !parts[0].equals(sort)) {
            throw ApiProblem.badRequest("The cursor belongs to another sort or is damaged; use the 'next' link "
                    + "of the previous page, or start again without a cursor.");
        }
        try {
            long id = Long.parseLong(parts[2]);
            String field = sort.startsWith("-") ? sort.substring(1) : sort;
            Object value = parts[1].isEmpty() ? null : typed(resource, field, parts[1].substring(1));
            return new Key(sort, value, id);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw ApiProblem.badRequest("The cursor is damaged; start again without a cursor.");
        }
    }

    private static Object typed(ApiResource resource, String field, String text) {
        ApiResource.Type type = resource.fields().stream().filter(f -> f.name().equals(field)).map(Field::type)
                .findFirst().orElse(ApiResource.Type.STRING);
        return switch (type) {
            case INTEGER -> Long.parseLong(text);
            case NUMBER -> Double.parseDouble(text);
            case BOOLEAN -> Boolean.parseBoolean(text);
            case DATE_TIME -> Instant.parse(text);
            default -> text;
        };
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
