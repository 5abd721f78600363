package nl.rugzak.platform.participation.events.api;

import static nl.rugzak.platform.participation.ApiResource.item;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.ApiListing;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.events.EventCard;
import nl.rugzak.platform.participation.events.EventDetail;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.participation.events.EventsModule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Events in the read API. Never the online link: the module gives it only to staff and registered residents, and the
 * API is read by anyone; {@code online} only says there is one. Never who registered, only how many places are left.
 */
@Component
public class EventsApi implements ApiResource {

    /** Upcoming events and this many past ones (their reports) are in the list and the downloads. */
    static final int MOST = 1000;

    /** Every event is public; the availability follows {@code Availability.of} ("now" is the one parameter). */
    private static final String PUBLIC = """
            SELECT e.id, e.title, e.starts_at, e.ends_at, e.address, e.online_url IS NOT NULL AS online,
                   e.reported_at IS NOT NULL AS reported,
                   CASE WHEN e.ends_at <= ? THEN 'past' WHEN e.registration = 'NONE' THEN 'free'
                        WHEN e.capacity IS NULL OR e.taken < e.capacity THEN 'open'
                        WHEN e.registration = 'WAITING_LIST' THEN 'waiting_list' ELSE 'full' END AS availability
              FROM event e""";
    private static final Map<String, String> FILTERS = Map.of("availability", "e.availability",
            "online", "e.online::text", "hasReport", "e.reported::text");
    private static final Map<String, String> SORTS = Map.of("startsAt", "e.starts_at", "title", "lower(e.title)",
            "id", "e.id");

    private final Events events;
    private final JdbcClient jdbc;
    private final Clock clock;

    EventsApi(Events events, JdbcClient jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Map<String, Object>> page(ApiListing listing) {
        ApiListing.Sql sql = listing.sql(FILTERS, SORTS, "e.id");
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamp.from(clock.instant()));
        parameters.addAll(sql.parameters());
        return jdbc.sql("SELECT * FROM (" + PUBLIC + ") e WHERE true" + sql.conditions() + sql.orderAndLimit())
                .params(parameters).query((row, n) -> item("id", row.getLong("id"), "title", row.getString("title"),
                        "startsAt", row.getTimestamp("starts_at").toInstant(),
                        "endsAt", row.getTimestamp("ends_at").toInstant(), "address", row.getString("address"),
                        "online", row.getBoolean("online"), "availability", row.getString("availability"),
                        "hasReport", row.getBoolean("reported"), "link", "/agenda/" + row.getLong("id"))).list();
    }

    @Override
    public String module() {
        return EventsModule.ID;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String description() {
        return "Events (bijeenkomsten): when and where, whether they can be followed online, how registration "
                + "stands, and the report afterwards. The online link is never in the API.";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("id", Type.INTEGER, "Stable id of the event at this municipality."),
                new Field("title", Type.STRING, "Title."),
                new Field("startsAt", Type.DATE_TIME, "When it starts."),
                new Field("endsAt", Type.DATE_TIME, "When it ends."),
                new Field("address", Type.STRING, "Where, or null for online only."),
                new Field("online", Type.BOOLEAN, "Whether it can be followed online (the link is given to "
                        + "registered residents on the site only)."),
                new Field("availability", Type.STRING, "free, open, waiting_list, full or past."),
                new Field("hasReport", Type.BOOLEAN, "Whether a report was published afterwards."));
    }

    @Override
    public List<Field> detailFields() {
        return List.of(
                new Field("description", Type.STRING, "Description (Markdown)."),
                new Field("latitude", Type.NUMBER, "Latitude (WGS 84), or null."),
                new Field("longitude", Type.NUMBER, "Longitude (WGS 84), or null."),
                new Field("wheelchairAccess", Type.BOOLEAN, "Whether the place is wheelchair accessible."),
                new Field("hearingLoop", Type.BOOLEAN, "Whether there is a hearing loop."),
                new Field("language", Type.STRING, "The language spoken."),
                new Field("accessibilityNotes", Type.STRING, "More about accessibility, or null."),
                new Field("topicId", Type.INTEGER, "The policy topic it is about, or null."),
                new Field("capacity", Type.INTEGER, "Places in total, or null."),
                new Field("placesLeft", Type.INTEGER, "Places left, or null when there is no limit."),
                new Field("report", Type.STRING, "The report (Markdown), or null."),
                new Field("outcomes", Type.STRING, "What came out of it (Markdown), or null."));
    }

    @Override
    public List<String> filters() {
        return List.of("availability", "online", "hasReport");
    }

    @Override
    public List<String> sorts() {
        return List.of("startsAt", "title", "id");
    }

    @Override
    public String defaultSort() {
        return "startsAt";
    }

    @Override
    public List<Map<String, Object>> list() {
        List<EventCard> cards = new ArrayList<>(events.upcoming(MOST));
        cards.addAll(events.past(MOST));
        return cards.stream().map(EventsApi::summary).toList();
    }

    @Override
    public Optional<Map<String, Object>> find(long id) {
        EventDetail event;
        try {
            event = events.view(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return Optional.of(item("id", event.id(), "title", event.title(), "startsAt", event.startsAt(),
                "endsAt", event.endsAt(), "address", event.address(), "online", event.online(),
                "availability", lower(event.availability()), "hasReport", event.hasReport(), "link", "/agenda/" + id,
                "description", event.description(), "latitude", event.latitude(), "longitude", event.longitude(),
                "wheelchairAccess", event.wheelchairAccess(), "hearingLoop", event.hearingLoop(),
                "language", event.language(), "accessibilityNotes", event.accessibilityNotes(),
                "topicId", event.topicId(), "capacity", event.capacity(), "placesLeft", event.placesLeft(),
                "report", event.report(), "outcomes", event.outcomes()));
    }

    private static Map<String, Object> summary(EventCard card) {
        return item("id", card.id(), "title", card.title(), "startsAt", card.startsAt(), "endsAt", card.endsAt(),
                "address", card.address(), "online", card.online(), "availability", lower(card.availability()),
                "hasReport", card.hasReport(), "link", card.link());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
