package nl.rugzak.platform.participation.polls.api;

import static nl.rugzak.platform.participation.ApiResource.item;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.ApiListing;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.polls.Poll;
import nl.rugzak.platform.participation.polls.PollResults;
import nl.rugzak.platform.participation.polls.PollSummary;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.PollsModule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Polls in the read API: published, not archived. Results only when the poll's setting makes them public (shown to
 * anyone without voting): the API reads as nobody, so a poll whose results wait for voting or closing has none here.
 */
@Component
public class PollsApi implements ApiResource {

    /**
     * The public polls with their list fields computed in SQL, so filters, sorting and the keyset page in the query.
     * The status follows {@code PollStatus.of} for published, not archived polls (the two parameters are "now").
     */
    private static final String PUBLIC = """
            SELECT id, question, description, opens_at, closes_at, lower(results_visibility) AS results_visibility,
                   CASE WHEN closed_at IS NOT NULL OR closes_at <= ? THEN 'closed'
                        WHEN opens_at > ? THEN 'scheduled' ELSE 'open' END AS status,
                   lower(coalesce(place_kind, 'SITE')) AS placed_on, place_id
              FROM poll WHERE published AND archived_at IS NULL""";
    private static final Map<String, String> FILTERS = Map.of("status", "p.status", "placedOn", "p.placed_on",
            "placedOnId", "p.place_id::text");
    private static final Map<String, String> SORTS = Map.of("opensAt", "p.opens_at", "closesAt", "p.closes_at",
            "id", "p.id");

    private final Polls polls;
    private final JdbcClient jdbc;
    private final Clock clock;

    PollsApi(Polls polls, JdbcClient jdbc, Clock clock) {
        this.polls = polls;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String module() {
        return PollsModule.ID;
    }

    @Override
    public String name() {
        return "polls";
    }

    @Override
    public String description() {
        return "Polls (peilingen): the question, its options, when it is open, and its results once they are public "
                + "(live, or after closing, as the municipality chose).";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("id", Type.INTEGER, "Stable id of the poll at this municipality."),
                new Field("question", Type.STRING, "The question."),
                new Field("description", Type.STRING, "More about the question."),
                new Field("status", Type.STRING, "scheduled, open or closed."),
                new Field("opensAt", Type.DATE_TIME, "When voting opens."),
                new Field("closesAt", Type.DATE_TIME, "When voting closes."),
                new Field("placedOn", Type.STRING, "Where the poll shows: site, topic or update."),
                new Field("placedOnId", Type.INTEGER, "The id of the topic or news update it shows on, or null."),
                new Field("resultsVisibility", Type.STRING, "When results are public: live, after_voting (public "
                        + "once closed) or after_closing."));
    }

    @Override
    public List<Field> detailFields() {
        return List.of(
                new Field("multipleChoice", Type.BOOLEAN, "Whether a voter may choose more than one option."),
                new Field("maxChoices", Type.INTEGER, "How many options a voter may choose at most."),
                new Field("options", Type.ARRAY, "The options: id and label."),
                new Field("results", Type.OBJECT, "voters and per option its votes; null while results are not public."));
    }

    @Override
    public List<String> filters() {
        return List.of("status", "placedOn", "placedOnId");
    }

    @Override
    public List<String> sorts() {
        return List.of("opensAt", "closesAt", "id");
    }

    @Override
    public String defaultSort() {
        return "-opensAt";
    }

    @Override
    public List<Map<String, Object>> list() {
        return polls.published().stream().map(PollsApi::summary).toList();
    }

    @Override
    public List<Map<String, Object>> page(ApiListing listing) {
        Timestamp now = Timestamp.from(clock.instant());
        ApiListing.Sql sql = listing.sql(FILTERS, SORTS, "p.id");
        List<Object> parameters = new ArrayList<>(List.of(now, now));
        parameters.addAll(sql.parameters());
        return jdbc.sql("SELECT * FROM (" + PUBLIC + ") p WHERE true" + sql.conditions() + sql.orderAndLimit())
                .params(parameters).query((row, n) -> {
                    long id = row.getLong("id");
                    long placeId = row.getLong("place_id");
                    Long placedOnId = row.wasNull() ? null : placeId;
                    return item("id", id, "question", row.getString("question"),
                            "description", row.getString("description"), "status", row.getString("status"),
                            "opensAt", instant(row.getTimestamp("opens_at")),
                            "closesAt", instant(row.getTimestamp("closes_at")),
                            "placedOn", row.getString("placed_on"), "placedOnId", placedOnId,
                            "resultsVisibility", row.getString("results_visibility"), "link", "/peilingen/" + id);
                }).list();
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    @Override
    public Optional<Map<String, Object>> find(long id) {
        Poll poll;
        try {
            poll = polls.view(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        // Archived polls leave the list and the API, as they leave the site's poll list.
        if (!poll.status().isPublic() || poll.status() == nl.rugzak.platform.participation.polls.PollStatus.ARCHIVED) {
            return Optional.empty();
        }
        // Public results only: ask the module's own rule for "shown to anyone", never the viewer-dependent one.
        Optional<PollResults> results = polls.publicResults(id);
        Map<String, Object> item = item("id", poll.id(), "question", poll.question(), "description", poll.description(),
                "status", lower(poll.status()), "opensAt", poll.opensAt(), "closesAt", poll.closesAt(),
                "placedOn", lower(poll.placement().kind()), "placedOnId", poll.placement().id(),
                "resultsVisibility", lower(poll.resultsVisibility()), "link", poll.link(),
                "multipleChoice", poll.multiple(), "maxChoices", poll.maxChoices(),
                "options", poll.options().stream().map(o -> item("id", o.id(), "label", o.label())).toList(),
                "results", results.map(r -> item("voters", r.voters(), "options", r.options().stream()
                        .map(o -> item("id", o.optionId(), "label", o.label(), "votes", o.votes())).toList()))
                        .orElse(null));
        return Optional.of(item);
    }

    private static Map<String, Object> summary(PollSummary poll) {
        return item("id", poll.id(), "question", poll.question(), "description", poll.description(),
                "status", lower(poll.status()), "opensAt", poll.opensAt(), "closesAt", poll.closesAt(),
                "placedOn", lower(poll.placement().kind()), "placedOnId", poll.placement().id(),
                "resultsVisibility", lower(poll.resultsVisibility()), "link", poll.link());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
