package nl.rugzak.platform.participation.consultations.template;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.library.LibraryException;
import nl.rugzak.platform.library.TemplateBody;
import nl.rugzak.platform.library.TemplateCopy;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.ConsultationsModule;
import nl.rugzak.platform.participation.topics.PolicyTopic;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A consultation's structure as a template: title, introduction, open or formal, how long it runs, and the text of
 * its latest document version (the alineas residents react to). Left out: every reaction, support, answer, theme
 * and the response report, and the contact person. Adopted, it becomes an unpublished consultation under the
 * site's most recent policy topic with that topic's contact, opening in a week (staff choose the real topic,
 * contact and dates before publishing).
 */
@Component
public class ConsultationTemplate implements TemplateKind {

    public static final String ID = "consultation";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final Consultations consultations;
    private final PolicyTopics topics;
    private final Clock clock;

    ConsultationTemplate(JdbcClient jdbc, EnabledModules modules, Consultations consultations, PolicyTopics topics,
                         Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.consultations = consultations;
        this.topics = topics;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "library.kind.consultation";
    }

    @Override
    public List<TemplateSource> sources() {
        if (!modules.isEnabled(ConsultationsModule.ID)) {
            return List.of();
        }
        return jdbc.sql("SELECT id, title FROM consultation ORDER BY lower(title), id")
                .query((rs, n) -> new TemplateSource(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    public TemplateBody capture(long sourceId) {
        modules.require(ConsultationsModule.ID);
        Map<String, Object> structure = jdbc.sql("""
                        SELECT title, introduction, kind, opens_at, closes_at,
                               (SELECT v.source FROM consultation_version v WHERE v.consultation_id = c.id
                                 ORDER BY v.number DESC LIMIT 1)
                          FROM consultation c WHERE id = ?""")
                .param(sourceId)
                .query((rs, n) -> {
                    Map<String, Object> consultation = new LinkedHashMap<>();
                    consultation.put("title", rs.getString(1));
                    consultation.put("introduction", rs.getString(2));
                    consultation.put("kind", rs.getString(3));
                    consultation.put("days", (int) Math.max(1, ChronoUnit.DAYS.between(rs.getTimestamp(4).toInstant(),
                            rs.getTimestamp(5).toInstant())));
                    consultation.put("document", rs.getString(6) == null ? "" : rs.getString(6));
                    return consultation;
                })
                .optional().orElseThrow(() -> new LibraryException("library.source-not-found"));
        return TemplateBody.of(structure);
    }

    @Override
    public String adopt(TemplateBody body, TemplateCopy copy) {
        modules.require(ConsultationsModule.ID);
        PolicyTopic topic = topics.all().stream().findFirst()
                .orElseThrow(() -> new LibraryException("library.consultation.needs-topic"));
        copy.step("consultation");
        Instant opens = clock.instant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
        Instant closes = opens.plus(Duration.ofDays(Math.max(1, TemplateBody.number(body.structure(), "days", 42))));
        String kind = "FORMAL".equals(body.text("kind")) ? "FORMAL" : "OPEN";
        long id = jdbc.sql("""
                        INSERT INTO consultation (topic_id, title, introduction, kind, opens_at, closes_at, contact_name,
                                                  contact_email)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(topic.id(), body.text("title"), body.text("introduction"), kind, Timestamp.from(opens),
                        Timestamp.from(closes), nonNull(topic.contactName()), nonNull(topic.contactEmail()))
                .query(Long.class).single();
        if (!body.text("document").isBlank()) {
            copy.step("document");
            consultations.saveDocument(id, body.text("document"));
        }
        return ID + ":" + id;
    }

    @Override
    public String staffPath(String localRef) {
        return "/beheer/inspraak/" + localRef.substring(localRef.indexOf(':') + 1);
    }

    @Override
    public List<String> preview(TemplateBody body) {
        List<String> lines = new ArrayList<>();
        boolean formal = "FORMAL".equals(body.text("kind"));
        lines.add(Texts.dutch(formal ? "library.preview.consultation-formal" : "library.preview.consultation",
                body.text("title"), TemplateBody.number(body.structure(), "days", 42)));
        // The document's headings show its shape without repeating the whole text.
        body.text("document").lines().filter(line -> line.startsWith("#")).limit(20)
                .forEach(line -> lines.add(line.replaceFirst("^#+\\s*", "")));
        return lines;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
