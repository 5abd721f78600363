package nl.rugzak.platform.participation.initiatives.api;

import static nl.rugzak.platform.participation.ApiResource.item;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.ApiListing;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.initiatives.InitiativeCard;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail;
import nl.rugzak.platform.participation.initiatives.InitiativeFilter;
import nl.rugzak.platform.participation.initiatives.InitiativeSearch;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.participation.initiatives.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Residents' initiatives in the read API: public ones only (not drafts, not waiting for review, not hidden by a
 * moderator), with the municipality's responses on a single one. Never the initiator's name or e-mail address, never
 * who supports it: only how many.
 */
@Component
public class InitiativesApi implements ApiResource {

    /** At most this many pages of the public list are read (12 per page). */
    static final int MOST_PAGES = 100;

    /** Public as the module's search defines it (not hidden, not a draft or waiting for review), paged in SQL. */
    private static final String PUBLIC = """
            SELECT i.id, i.title, i.summary, i.place, c.name AS category, lower(c.name) AS category_key,
                   lower(i.status) AS status, i.supporter_count, i.published_at
              FROM initiative i LEFT JOIN initiative_category c ON c.id = i.category_id
             WHERE NOT i.hidden AND i.status NOT IN ('DRAFT', 'SUBMITTED')""";
    private static final Map<String, String> FILTERS = Map.of("status", "i.status", "category", "i.category_key");
    private static final Map<String, String> SORTS = Map.of("publishedAt", "i.published_at",
            "supporters", "i.supporter_count", "title", "lower(i.title)", "id", "i.id");

    private final InitiativeSearch search;
    private final Initiatives initiatives;
    private final JdbcClient jdbc;

    InitiativesApi(InitiativeSearch search, Initiatives initiatives, JdbcClient jdbc) {
        this.search = search;
        this.initiatives = initiatives;
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return InitiativesModule.ID;
    }

    @Override
    public String name() {
        return "initiatives";
    }

    @Override
    public String description() {
        return "Residents' initiatives (bewonersinitiatieven): what residents want to do in their neighbourhood, "
                + "where it stands and how many support it.";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("id", Type.INTEGER, "Stable id of the initiative at this municipality."),
                new Field("title", Type.STRING, "Title."),
                new Field("summary", Type.STRING, "Short summary."),
                new Field("place", Type.STRING, "Where, in words, or null."),
                new Field("category", Type.STRING, "The municipality's category, or null."),
                new Field("status", Type.STRING, "published, in_conversation, supported, completed or archived."),
                new Field("supporters", Type.INTEGER, "How many residents support it."),
                new Field("publishedAt", Type.DATE_TIME, "When it was published."));
    }

    @Override
    public List<Field> detailFields() {
        return List.of(
                new Field("description", Type.STRING, "Description (Markdown)."),
                new Field("helpWanted", Type.STRING, "What help the initiators ask for, or null."),
                new Field("statusReason", Type.STRING, "Why it has this status, or null."),
                new Field("responses", Type.ARRAY, "The municipality's responses: id, body (Markdown), at."));
    }

    @Override
    public List<String> filters() {
        return List.of("status", "category");
    }

    @Override
    public List<String> sorts() {
        return List.of("publishedAt", "supporters", "title", "id");
    }

    @Override
    public String defaultSort() {
        return "-publishedAt";
    }

    @Override
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; page < MOST_PAGES; page++) {
            ResultPage<InitiativeCard> cards = search.published(InitiativeFilter.everything(), page);
            cards.items().stream().filter(card -> !card.hidden()).map(InitiativesApi::summary).forEach(items::add);
            if (page + 1 >= cards.pages()) {
                break;
            }
        }
        return items;
    }

    @Override
    public List<Map<String, Object>> page(ApiListing listing) {
        ApiListing.Sql sql = listing.sql(FILTERS, SORTS, "i.id");
        return jdbc.sql("SELECT * FROM (" + PUBLIC + ") i WHERE true" + sql.conditions() + sql.orderAndLimit())
                .params(sql.parameters()).query((row, n) -> {
                    Timestamp published = row.getTimestamp("published_at");
                    return item("id", row.getLong("id"), "title", row.getString("title"),
                            "summary", row.getString("summary"), "place", row.getString("place"),
                            "category", row.getString("category"), "status", row.getString("status"),
                            "supporters", row.getInt("supporter_count"),
                            "publishedAt", published == null ? null : published.toInstant(),
                            "link", "/initiatieven/" + row.getLong("id"));
                }).list();
    }

    @Override
    public Optional<Map<String, Object>> find(long id) {
        InitiativeDetail initiative;
        try {
            initiative = initiatives.view(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (initiative.hidden() || !initiative.status().isPublic()) {
            return Optional.empty();
        }
        return Optional.of(item("id", initiative.id(), "title", initiative.title(), "summary", initiative.summary(),
                "place", initiative.place(), "category", initiative.category(), "status", lower(initiative.status()),
                "supporters", initiative.supporters(), "publishedAt", initiative.publishedAt(),
                "link", initiative.link(), "description", initiative.description(),
                "helpWanted", initiative.helpWanted(), "statusReason", initiative.statusReason(),
                "responses", initiative.responses().stream().map(r -> item("id", r.id(), "body", r.body(),
                        "at", r.at())).toList()));
    }

    private static Map<String, Object> summary(InitiativeCard card) {
        return item("id", card.id(), "title", card.title(), "summary", card.summary(), "place", card.place(),
                "category", card.category(), "status", lower(card.status()), "supporters", card.supporters(),
                "publishedAt", card.publishedAt(), "link", card.link());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
