package nl.rugzak.platform.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One page of a list in the read API, as the API layer checked it against the resource's allowlist: equality
 * filters, one sort field (nulls last either way, id ascending as tie-break), a page size and the keyset of the
 * previous page's last item. A resource reads {@code limit + 1} items from here on, so the API knows whether a
 * next page exists.
 *
 * <p>{@link #sql} turns it into the tail of a module's own query: columns come only from the module's fixed maps
 * (so the allowlist is also the only SQL there is), values only as bind parameters.
 */
public record ApiListing(Map<String, String> filters, String sort, boolean descending, int limit, Object afterValue,
                         Long afterId) {

    /** The WHERE conditions to add ({@code " AND ..."}, possibly empty), ORDER BY and LIMIT, and their parameters. */
    public record Sql(String conditions, String orderAndLimit, List<Object> parameters) {
    }

    /**
     * SQL for this page.
     *
     * @param filterColumns field → an SQL expression giving lower-case text (e.g. {@code lower(p.status)})
     * @param sortColumns   field → an SQL expression to order by (strings as {@code lower(...)}, compared lower case)
     * @param idColumn      the id column, e.g. {@code p.id}
     */
    public Sql sql(Map<String, String> filterColumns, Map<String, String> sortColumns, String idColumn) {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        filters.forEach((field, value) -> {
            String column = required(filterColumns, field);
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value.toLowerCase(Locale.ROOT));
        });
        String column = required(sortColumns, sort);
        if (afterId != null) {
            if (afterValue == null) {
                // The previous page ended among the items without a value, which come last.
                where.append(" AND (").append(column).append(" IS NULL AND ").append(idColumn).append(" > ?)");
                parameters.add(afterId);
            } else {
                Object value = bindable(afterValue);
                where.append(" AND (").append(column).append(descending ? " < ?" : " > ?")
                        .append(" OR (").append(column).append(" = ? AND ").append(idColumn).append(" > ?)")
                        .append(" OR ").append(column).append(" IS NULL)");
                parameters.add(value);
                parameters.add(value);
                parameters.add(afterId);
            }
        }
        String order = " ORDER BY " + column + (descending ? " DESC" : " ASC") + " NULLS LAST, " + idColumn
                + " ASC LIMIT " + (limit + 1);
        return new Sql(where.toString(), order, List.copyOf(parameters));
    }

    /**
     * The same page taken from every item in memory: for a resource whose items are not rows of one query (few, and
     * built by its service). Same order and keyset as {@link #sql}.
     */
    public List<Map<String, Object>> slice(List<Map<String, Object>> items) {
        Comparator<Map<String, Object>> order = order();
        List<Map<String, Object>> rest = new ArrayList<>();
        Map<String, Object> last = null;
        if (afterId != null) {
            last = new java.util.HashMap<>();
            last.put(sort, afterValue);
            last.put("id", afterId);
        }
        for (Map<String, Object> item : items) {
            if (matches(item) && (last == null || order.compare(item, last) > 0)) {
                rest.add(item);
            }
        }
        rest.sort(order);
        return List.copyOf(rest.subList(0, Math.min(rest.size(), limit + 1)));
    }

    private boolean matches(Map<String, Object> item) {
        return filters.entrySet().stream().allMatch(filter -> {
            Object value = item.get(filter.getKey());
            return value != null && String.valueOf(value).equalsIgnoreCase(filter.getValue());
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparator<Map<String, Object>> order() {
        Comparator<Object> values = (a, b) -> {
            if (a == null || b == null) {
                return a == b ? 0 : a == null ? 1 : -1;
            }
            int compared = a instanceof String sa && b instanceof String sb
                    ? sa.toLowerCase(Locale.ROOT).compareTo(sb.toLowerCase(Locale.ROOT))
                    : ((Comparable) comparable(a)).compareTo(comparable(b));
            return descending ? -compared : compared;
        };
        return Comparator.<Map<String, Object>, Object>comparing(item -> item.get(sort), values)
                .thenComparing(item -> ((Number) item.get("id")).longValue());
    }

    private static Object comparable(Object value) {
        return value instanceof Number number ? number.doubleValue() : value;
    }

    private static Object bindable(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        return value instanceof String text ? text.toLowerCase(Locale.ROOT) : value;
    }

    private static String required(Map<String, String> columns, String field) {
        String column = columns.get(field);
        if (column == null) {
            // A field in the resource's allowlist without a column: a programming error, never user input in SQL.
            throw new IllegalStateException("No column for allowlisted field " + field);
        }
        return column;
    }
}
