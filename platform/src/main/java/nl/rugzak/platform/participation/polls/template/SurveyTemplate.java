package nl.rugzak.platform.participation.polls.template;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.content.Actor;
import nl.rugzak.platform.content.Actors;
import nl.rugzak.platform.library.LibraryException;
import nl.rugzak.platform.library.TemplateBody;
import nl.rugzak.platform.library.TemplateCopy;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.polls.PollsModule;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A survey (vragenlijst) as a template: title, introduction, how long it stays open, and its questions with their
 * options and scales. Left out: who made it, its dates, and every response and answer. Adopted, it becomes an
 * unpublished survey that opens in a week (staff set the real dates before publishing).
 */
@Component
public class SurveyTemplate implements TemplateKind {

    public static final String ID = "survey";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final Actors actors;
    private final Clock clock;

    SurveyTemplate(JdbcClient jdbc, EnabledModules modules, Actors actors, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "library.kind.survey";
    }

    @Override
    public List<TemplateSource> sources() {
        if (!modules.isEnabled(PollsModule.ID)) {
            return List.of();
        }
        return jdbc.sql("SELECT id, title FROM survey ORDER BY lower(title), id")
                .query((rs, n) -> new TemplateSource(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    public TemplateBody capture(long sourceId) {
        modules.require(PollsModule.ID);
        Map<String, Object> structure = jdbc.sql("SELECT title, intro, opens_at, closes_at FROM survey WHERE id = ?")
                .param(sourceId)
                .query((rs, n) -> {
                    Map<String, Object> survey = new LinkedHashMap<>();
                    survey.put("title", rs.getString(1));
                    survey.put("intro", rs.getString(2));
                    survey.put("days", (int) Math.max(1, ChronoUnit.DAYS.between(rs.getTimestamp(3).toInstant(),
                            rs.getTimestamp(4).toInstant())));
                    return survey;
                })
                .optional().orElseThrow(() -> new LibraryException("library.source-not-found"));
        List<Map<String, Object>> questions = jdbc.sql("""
                        SELECT id, kind, text, required, scale_max, low_label, high_label FROM survey_question
                         WHERE survey_id = ? ORDER BY position""")
                .param(sourceId)
                .query((rs, n) -> {
                    Map<String, Object> question = new LinkedHashMap<>();
                    question.put("id", rs.getLong(1));
                    question.put("kind", rs.getString(2));
                    question.put("text", rs.getString(3));
                    question.put("required", rs.getBoolean(4));
                    question.put("scaleMax", rs.getObject(5));
                    question.put("lowLabel", rs.getString(6));
                    question.put("highLabel", rs.getString(7));
                    return question;
                })
                .list();
        for (Map<String, Object> question : questions) {
            long id = (Long) question.remove("id");
            question.put("options", jdbc.sql("SELECT label FROM survey_option WHERE question_id = ? ORDER BY position")
                    .param(id).query(String.class).list());
        }
        structure.put("questions", questions);
        return TemplateBody.of(structure);
    }

    @Override
    public String adopt(TemplateBody body, TemplateCopy copy) {
        modules.require(PollsModule.ID);
        copy.step("survey");
        Instant now = clock.instant();
        Instant opens = now.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
        Instant closes = opens.plus(Duration.ofDays(Math.max(1, TemplateBody.number(body.structure(), "days", 14))));
        String maker = actors.current().map(Actor::displayName).orElse(Texts.dutch("library.adopted-by"));
        long id = jdbc.sql("""
                        INSERT INTO survey (title, intro, opens_at, closes_at, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(body.text("title"), body.text("intro"), Timestamp.from(opens), Timestamp.from(closes), maker,
                        Timestamp.from(now))
                .query(Long.class).single();
        int position = 0;
        for (Map<String, Object> question : body.list("questions")) {
            copy.step("question " + (position + 1));
            long questionId = jdbc.sql("""
                            INSERT INTO survey_question (survey_id, position, kind, text, required, scale_max, low_label,
                                                         high_label)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(id, position++, TemplateBody.text(question, "kind"), TemplateBody.text(question, "text"),
                            TemplateBody.flag(question, "required"),
                            question.get("scaleMax") instanceof Number max ? max.intValue() : null,
                            question.get("lowLabel"), question.get("highLabel"))
                    .query(Long.class).single();
            int optionPosition = 0;
            for (String label : options(question)) {
                jdbc.sql("INSERT INTO survey_option (question_id, position, label) VALUES (?, ?, ?)")
                        .params(questionId, optionPosition++, label).update();
            }
        }
        return ID + ":" + id;
    }

    @Override
    public String staffPath(String localRef) {
        return "/beheer/vragenlijsten";
    }

    @Override
    public List<String> preview(TemplateBody body) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.dutch("library.preview.survey", body.text("title"), TemplateBody.number(body.structure(), "days", 14)));
        int n = 1;
        for (Map<String, Object> question : body.list("questions")) {
            List<String> options = options(question);
            lines.add(Texts.dutch(options.isEmpty() ? "library.preview.question" : "library.preview.question-options",
                    n++, TemplateBody.text(question, "text"), String.join(" / ", options)));
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static List<String> options(Map<String, Object> question) {
        return question.get("options") instanceof List<?> list ? (List<String>) list : List.of();
    }
}
