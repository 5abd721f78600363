package nl.rugzak.platform.participation.topics.api;

import static nl.rugzak.platform.participation.ApiResource.item;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.ApiListing;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.topics.PolicyTopic;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Policy topics in the read API. The staff contact is left out: it names a person. */
@Component
public class TopicsApi implements ApiResource {

    /** Every topic is public; the list fields only (never the contact person), paged in the query. */
    private static final String PUBLIC = """
            SELECT id, title, summary, lower(status) AS status, created_at, updated_at FROM policy_topic""";
    private static final Map<String, String> FILTERS = Map.of("status", "t.status");
    private static final Map<String, String> SORTS = Map.of("updatedAt", "t.updated_at", "createdAt", "t.created_at",
            "title", "lower(t.title)", "id", "t.id");

    private final PolicyTopics topics;
    private final JdbcClient jdbc;

    TopicsApi(PolicyTopics topics, JdbcClient jdbc) {
        this.topics = topics;
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return TopicsModule.ID;
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public String description() {
        return "Policy topics (beleidsthema's): what the municipality is working on, its plans and its questions to "
                + "residents, and where the topic stands.";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("id", Type.INTEGER, "Stable id of the topic at this municipality."),
                new Field("title", Type.STRING, "Title."),
                new Field("summary", Type.STRING, "Short summary."),
                new Field("status", Type.STRING, "Where the topic stands: exploring, preparing, deciding, "
                        + "carrying_out or done."),
                new Field("createdAt", Type.DATE_TIME, "When the topic was created."),
                new Field("updatedAt", Type.DATE_TIME, "When the topic last changed."));
    }

    @Override
    public List<Field> detailFields() {
        return List.of(
                new Field("plans", Type.STRING, "The municipality's plans (Markdown)."),
                new Field("questions", Type.STRING, "The municipality's questions to residents (Markdown)."));
    }

    @Override
    public List<String> filters() {
        return List.of("status");
    }

    @Override
    public List<String> sorts() {
        return List.of("updatedAt", "createdAt", "title", "id");
    }

    @Override
    public String defaultSort() {
        return "-updatedAt";
    }

    @Override
    public List<Map<String, Object>> list() {
        return topics.all().stream().map(TopicsApi::summary).toList();
    }

    @Override
    public List<Map<String, Object>> page(ApiListing listing) {
        ApiListing.Sql sql = listing.sql(FILTERS, SORTS, "t.id");
        return jdbc.sql("SELECT * FROM (" + PUBLIC + ") t WHERE true" + sql.conditions() + sql.orderAndLimit())
                .params(sql.parameters()).query((row, n) -> item("id", row.getLong("id"),
                        "title", row.getString("title"), "summary", row.getString("summary"),
                        "status", row.getString("status"), "createdAt", row.getTimestamp("created_at").toInstant(),
                        "updatedAt", row.getTimestamp("updated_at").toInstant(),
                        "link", "/themas/" + row.getLong("id"))).list();
    }

    @Override
    public Optional<Map<String, Object>> find(long id) {
        try {
            PolicyTopic topic = topics.find(id);
            Map<String, Object> item = summary(topic);
            item.put("plans", topic.plans());
            item.put("questions", topic.questions());
            return Optional.of(item);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> summary(PolicyTopic topic) {
        return item("id", topic.id(), "title", topic.title(), "summary", topic.summary(),
                "status", topic.status().name().toLowerCase(Locale.ROOT), "createdAt", topic.createdAt(),
                "updatedAt", topic.updatedAt(), "link", topic.link());
    }
}
