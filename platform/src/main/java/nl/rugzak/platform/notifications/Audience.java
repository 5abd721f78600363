package nl.rugzak.platform.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Who hears of a notice, as one query over the caller's own tables ({@code SELECT resident_id FROM topic_follow
 * WHERE topic_id = ?}): recording inserts for the whole audience in one statement, so 10,000 followers cost one
 * round trip, not 10,000. The query's first column is the resident's id; it runs in the current tenant's schema
 * only. {@code except} leaves out whoever caused the event (nobody is told of their own action).
 */
public record Audience(String query, List<Object> params, Long except) {

    public Audience {
        Objects.requireNonNull(query, "query");
        params = List.copyOf(params);
    }

    /** Residents selected by a query of the calling module over its own tables (positional {@code ?} parameters). */
    public static Audience query(String sql, Object... params) {
        return new Audience(sql, List.of(params), null);
    }

    /** The named residents (e.g. an item's author). */
    public static Audience residents(Collection<Long> ids) {
        List<Object> params = new ArrayList<>(ids.size());
        params.addAll(ids);
        String sql = ids.isEmpty() ? "SELECT NULL::bigint WHERE false"
                : "SELECT unnest(ARRAY[" + String.join(",", java.util.Collections.nCopies(ids.size(), "?::bigint")) + "])";
        return new Audience(sql, params, null);
    }

    public static Audience resident(long id) {
        return residents(List.of(id));
    }

    /** The same audience without this resident (the actor). */
    public Audience except(Long residentId) {
        return new Audience(query, params, residentId);
    }
}
