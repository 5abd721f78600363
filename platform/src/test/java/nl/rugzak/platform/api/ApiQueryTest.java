package nl.rugzak.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.participation.ApiResource;
import org.junit.jupiter.api.Test;

/** The allowlist, sorting and keyset paging, without a server. */
class ApiQueryTest {

    static final ApiResource THINGS = new ApiResource() {
        public String module() { return "things"; }
        public String name() { return "things"; }
        public String description() { return "Things."; }
        public List<Field> fields() {
            return List.of(new Field("id", Type.INTEGER, "id"), new Field("title", Type.STRING, "title"),
                    new Field("status", Type.STRING, "status"), new Field("at", Type.DATE_TIME, "at"));
        }
        public List<String> filters() { return List.of("status"); }
        public List<String> sorts() { return List.of("title", "at", "id"); }
        public String defaultSort() { return "-at"; }
        public List<Map<String, Object>> list() { return List.of(); }
        public Optional<Map<String, Object>> find(long id) { return Optional.empty(); }
    };

    static final ApiCursors CURSORS = new ApiCursors("a key of at least sixteen bytes".getBytes());

    static ApiQuery query(Map<String, String[]> parameters) {
        return query("voorbeeld", parameters);
    }

    static ApiQuery query(String tenant, Map<String, String[]> parameters) {
        return ApiQuery.of(THINGS, parameters, tenant, CURSORS);
    }

    static ApiQuery.Page page(ApiQuery query, List<Map<String, Object>> items) {
        return query.page(query.listing().slice(items));
    }

    static List<Map<String, Object>> items(int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            // Many share a time, so the id has to break ties for paging to be exact.
            items.add(ApiResource.item("id", (long) i, "title", "t" + (i % 4), "status", i % 2 == 0 ? "open" : "closed",
                    "at", i % 5 == 0 ? null : Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i / 3)));
        }
        return items;
    }

    @Test
    void everyPageFollowsTheLastWithoutGapsOrDoublesInEverySort() {
        List<Map<String, Object>> items = items(37);
        for (String sort : List.of("at", "-at", "title", "-title", "id", "-id")) {
            ApiQuery whole = query(Map.of("sort", new String[] {sort}, "limit", new String[] {"100"}));
            List<Object> expected = page(whole, items).items().stream().map(i -> i.get("id")).toList();
            List<Object> paged = new ArrayList<>();
            String cursor = null;
            do {
                var parameters = new java.util.HashMap<String, String[]>(Map.of("sort", new String[] {sort},
                        "limit", new String[] {"4"}));
                if (cursor != null) {
                    parameters.put("cursor", new String[] {cursor});
                }
                ApiQuery.Page page = page(query(parameters), items);
                page.items().forEach(i -> paged.add(i.get("id")));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(paged).as(sort).containsExactlyElementsOf(expected).hasSize(37);
        }
    }

    @Test
    void filtersOnlyOnTheAllowlistAndNeverAnythingElse() {
        var open = page(query(Map.of("status", new String[] {"OPEN"}, "limit", new String[] {"100"})), items(10))
                .items();
        assertThat(open).hasSize(5).allMatch(i -> i.get("status").equals("open"));
        for (var bad : List.of(Map.of("title", new String[] {"t1"}), Map.of("sort", new String[] {"pg_sleep(5)"}),
                Map.of("sort", new String[] {"status"}), Map.of("limit", new String[] {"0"}),
                Map.of("cursor", new String[] {"bm90IGEgY3Vyc29y"}), Map.of("status", new String[] {"a", "b"}))) {
            assertThatThrownBy(() -> query(bad)).isInstanceOf(ApiProblem.class)
                    .satisfies(e -> assertThat(((ApiProblem) e).status().value()).isEqualTo(400));
        }
    }

    @Test
    void aCursorOpensOnlyTheListItWasMadeFor() {
        ApiQuery.Page first = page(query(Map.of("sort", new String[] {"title"}, "limit", new String[] {"2"})), items(10));
        String cursor = first.nextCursor();
        assertThat(cursor).isNotNull();
        // The same list goes on; another sort, filter or municipality, or a changed cursor, is a 400.
        assertThat(page(query(Map.of("sort", new String[] {"title"}, "limit", new String[] {"2"},
                "cursor", new String[] {cursor})), items(10)).items()).hasSize(2);
        List<Map<String, String[]>> refused = List.of(
                Map.of("sort", new String[] {"-at"}, "cursor", new String[] {cursor}),
                Map.of("sort", new String[] {"title"}, "status", new String[] {"open"}, "cursor", new String[] {cursor}),
                Map.of("sort", new String[] {"title"}, "cursor", new String[] {changed(cursor)}));
        for (var bad : refused) {
            assertThatThrownBy(() -> query(bad)).isInstanceOf(ApiProblem.class);
        }
        assertThatThrownBy(() -> query("oosterhaven", Map.of("sort", new String[] {"title"},
                "cursor", new String[] {cursor}))).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("another municipality");
    }

    /** The same cursor with its first character (part of the keyset) changed. */
    private static String changed(String cursor) {
        return (cursor.charAt(0) == 'A' ? "B" : "A") + cursor.substring(1);
    }

    @Test
    void sortAndFilterProblemsNameWhatIsAllowed() {
        assertThatThrownBy(() -> query(Map.of("sort", new String[] {"pg_sleep(5)"})))
                .hasMessageContaining("allowed: title, at, id");
        assertThatThrownBy(() -> query(Map.of("owner", new String[] {"x"})))
                .hasMessageContaining("allowed filters: status");
    }

    @Test
    void aCursorOfAnotherSortIsRefused() {
        ApiQuery.Page page = page(query(Map.of("sort", new String[] {"title"}, "limit", new String[] {"2"})), items(10));
        assertThatThrownBy(() -> query(Map.of("sort", new String[] {"-at"},
                "cursor", new String[] {page.nextCursor()}))).isInstanceOf(ApiProblem.class);
    }
}
