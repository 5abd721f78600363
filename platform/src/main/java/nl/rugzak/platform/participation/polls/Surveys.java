package nl.rugzak.platform.participation.polls;

import static nl.rugzak.platform.participation.polls.Polls.instant;
import static nl.rugzak.platform.participation.polls.Polls.ts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.polls.Survey.Answer;
import nl.rugzak.platform.participation.polls.Survey.Choice;
import nl.rugzak.platform.participation.polls.Survey.MyResponse;
import nl.rugzak.platform.participation.polls.Survey.Question;
import nl.rugzak.platform.participation.polls.SurveyDraft.Kind;
import nl.rugzak.platform.participation.polls.SurveyDraft.QuestionDraft;
import nl.rugzak.platform.participation.polls.SurveyResults.Count;
import nl.rugzak.platform.participation.polls.SurveyResults.OpenAnswer;
import nl.rugzak.platform.participation.polls.SurveyResults.QuestionResult;
import nl.rugzak.platform.participation.polls.internal.PlainText;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys: editors write and publish them; a logged-in resident fills one in, saved as a draft as they go, and sends
 * it once (one response per account, a unique key). Staff read the results per question and hide an abusive open
 * answer. The respondent is always the logged-in account.
 */
@Service
public class Surveys {

    public static final int MAX_SHORT_ANSWER = 300;
    public static final int MAX_LONG_ANSWER = 5_000;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final Clock clock;

    Surveys(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
            Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.clock = clock;
    }

    public record SurveySummary(long id, String title, PollStatus status, Instant opensAt, Instant closesAt,
                                int responses) {

        public String link() {
            return "/vragenlijsten/" + id;
        }
    }

    private record Head(long id, String title, String intro, Instant opensAt, Instant closesAt, boolean published,
                        Instant closedAt) {

        PollStatus status(Instant now) {
            return PollStatus.of(published, opensAt, closesAt, closedAt, null, now);
        }
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public long create(SurveyDraft draft) {
        Visitor me = writable();
        SurveyDraft clean = draft.checked();
        long id = jdbc.sql("""
                        INSERT INTO survey (title, intro, opens_at, closes_at, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(clean.title(), clean.intro(), ts(clean.opensAt()), ts(clean.closesAt()), me.displayName(),
                        ts(clock.instant()))
                .query(Long.class).single();
        insertQuestions(id, clean.questions());
        return id;
    }

    /** Rewrites a survey while it is a draft; once published its questions stay as residents saw them. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void update(long id, SurveyDraft draft) {
        writable();
        Head head = locked(id);
        if (head.status(clock.instant()) != PollStatus.DRAFT) {
            throw new InvalidPollException("polls.survey.published-unchangeable");
        }
        SurveyDraft clean = draft.checked();
        jdbc.sql("UPDATE survey SET title = ?, intro = ?, opens_at = ?, closes_at = ? WHERE id = ?")
                .params(clean.title(), clean.intro(), ts(clean.opensAt()), ts(clean.closesAt()), id).update();
        jdbc.sql("DELETE FROM survey_question WHERE survey_id = ?").param(id).update();
        insertQuestions(id, clean.questions());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void publish(long id) {
        writable();
        Head head = locked(id);
        if (head.status(clock.instant()) != PollStatus.DRAFT) {
            throw new InvalidPollException("polls.not-a-draft");
        }
        if (!head.closesAt().isAfter(clock.instant())) {
            throw new InvalidPollException(Map.of("closesAt", FieldProblem.textKey("polls.field.closes.in-the-past")));
        }
        jdbc.sql("UPDATE survey SET published = true WHERE id = ?").param(id).update();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void close(long id) {
        writable();
        Head head = locked(id);
        PollStatus status = head.status(clock.instant());
        if (status != PollStatus.OPEN && status != PollStatus.SCHEDULED) {
            throw new InvalidPollException("polls.only-open-closable");
        }
        jdbc.sql("UPDATE survey SET closed_at = ? WHERE id = ?").params(ts(clock.instant()), id).update();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<SurveySummary> forStaff() {
        modules.require(PollsModule.ID);
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT s.id, s.title, s.intro, s.opens_at, s.closes_at, s.published, s.closed_at,
                               (SELECT count(*) FROM survey_response r WHERE r.survey_id = s.id AND r.sent_at IS NOT NULL)
                          FROM survey s ORDER BY s.created_at DESC, s.id DESC LIMIT 500""")
                .query((rs, n) -> {
                    Head head = head(rs);
                    return new SurveySummary(head.id(), head.title(), head.status(now), head.opensAt(),
                            head.closesAt(), rs.getInt(8));
                }).list();
    }

    /** Published surveys that are open now, for residents. */
    @Transactional(readOnly = true)
    public List<SurveySummary> open() {
        if (!modules.isEnabled(PollsModule.ID)) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT id, title, intro, opens_at, closes_at, published, closed_at, 0 FROM survey
                         WHERE published AND closed_at IS NULL AND opens_at <= ? AND closes_at > ?
                         ORDER BY closes_at, id""").params(ts(now), ts(now))
                .query((rs, n) -> {
                    Head head = head(rs);
                    return new SurveySummary(head.id(), head.title(), head.status(now), head.opensAt(),
                            head.closesAt(), 0);
                }).list();
    }

    /** The survey with the visitor's own response; a draft survey only for editors. */
    @Transactional(readOnly = true)
    public Survey view(long id) {
        modules.require(PollsModule.ID);
        Optional<Visitor> me = currentUser.visitor();
        Head head = find(id).orElseThrow(() -> new NotFoundException("vragenlijst"));
        PollStatus status = head.status(clock.instant());
        if (!status.isPublic() && !me.map(Visitor::canEdit).orElse(false)) {
            throw new NotFoundException("vragenlijst");
        }
        Optional<MyResponse> mine = me.flatMap(v -> response(id, v.residentId()));
        return new Survey(id, head.title(), head.intro(), head.opensAt(), head.closesAt(), status, questions(id), mine);
    }

    /** Keeps what the resident filled in so far; nothing is checked for completeness yet. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void saveDraft(long id, Map<Long, Answer> answers) {
        store(id, answers, false);
    }

    /** Sends the response: every required question answered, and only once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void send(long id, Map<Long, Answer> answers) {
        store(id, answers, true);
    }

    private void store(long id, Map<Long, Answer> given, boolean send) {
        Visitor me = writable();
        Head head = jdbc.sql("""
                        SELECT id, title, intro, opens_at, closes_at, published, closed_at FROM survey
                         WHERE id = ? FOR KEY SHARE""").param(id).query((rs, n) -> head(rs)).optional()
                .orElseThrow(() -> new NotFoundException("vragenlijst"));
        switch (head.status(clock.instant())) {
            case DRAFT -> throw new NotFoundException("vragenlijst");
            case SCHEDULED -> throw new InvalidPollException("polls.survey.not-yet-open");
            case CLOSED, ARCHIVED -> throw new InvalidPollException("polls.survey.closed");
            case OPEN -> {
            }
        }
        List<Question> questions = questions(id);
        Map<Long, Answer> answers = given == null ? Map.of() : given;
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        Map<Long, Answer> clean = new LinkedHashMap<>();
        for (Question q : questions) {
            Answer answer = answers.get(q.id());
            String field = "q" + q.id();
            if (answer == null || answer.isEmpty()) {
                if (send && q.required()) {
                    problems.put(field, FieldProblem.textKey("polls.survey.answer.required"));
                }
                continue;
            }
            Answer checked = checkedAnswer(q, answer, field, problems);
            if (checked != null) {
                clean.put(q.id(), checked);
            }
        }
        Set<Long> known = new HashSet<>(questions.stream().map(Question::id).toList());
        if (!known.containsAll(answers.keySet())) {
            problems.putIfAbsent("form", FieldProblem.textKey("polls.survey.answer.unknown-question"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPollException(problems);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO survey_response (survey_id, resident_id, saved_at) VALUES (?, ?, ?)
                        ON CONFLICT (survey_id, resident_id) DO NOTHING""").params(id, me.residentId(), ts(now)).update();
        // Locked: two tabs sending at once send once.
        var response = jdbc.sql("""
                        SELECT id, sent_at FROM survey_response WHERE survey_id = ? AND resident_id = ? FOR UPDATE""")
                .params(id, me.residentId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2)}).single();
        if (response[1] != null) {
            throw new InvalidPollException("polls.survey.already-sent");
        }
        long responseId = (Long) response[0];
        jdbc.sql("DELETE FROM survey_answer WHERE response_id = ?").param(responseId).update();
        clean.forEach((questionId, answer) -> {
            jdbc.sql("INSERT INTO survey_answer (response_id, question_id, text, number) VALUES (?, ?, ?, ?)")
                    .params(responseId, questionId, answer.text(), answer.number()).update();
            for (Long option : answer.choices()) {
                jdbc.sql("INSERT INTO survey_answer_choice (response_id, question_id, option_id) VALUES (?, ?, ?)")
                        .params(responseId, questionId, option).update();
            }
        });
        jdbc.sql("UPDATE survey_response SET saved_at = ?, sent_at = ? WHERE id = ?")
                .params(ts(now), send ? ts(now) : null, responseId).update();
    }

    private Answer checkedAnswer(Question q, Answer answer, String field, Map<String, FieldProblem> problems) {
        switch (q.kind()) {
            case SHORT_TEXT, LONG_TEXT -> {
                boolean longText = q.kind() == Kind.LONG_TEXT;
                String text = PlainText.check(answer.text(), field, "polls.survey.field.answer", false,
                        longText ? MAX_LONG_ANSWER : MAX_SHORT_ANSWER, longText, problems);
                return text == null || text.isEmpty() ? null : Answer.text(text);
            }
            case SCALE -> {
                if (answer.number() == null || answer.number() < 1 || answer.number() > q.scaleMax()) {
                    problems.put(field, FieldProblem.textKey("polls.survey.answer.scale", q.scaleMax()));
                    return null;
                }
                return Answer.number(answer.number());
            }
            default -> {
                Set<Long> options = new HashSet<>(q.options().stream().map(Choice::id).toList());
                if (!options.containsAll(answer.choices())) {
                    problems.put(field, FieldProblem.textKey("polls.vote.unknown-option"));
                    return null;
                }
                if (q.kind() == Kind.SINGLE && answer.choices().size() > 1) {
                    problems.put(field, FieldProblem.textKey("polls.vote.one-only"));
                    return null;
                }
                return new Answer(null, null, answer.choices());
            }
        }
    }

    /** The sent responses per question; drafts are nobody's business but the resident's. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'moderator', 'tenant-admin')")
    public SurveyResults results(long id) {
        modules.require(PollsModule.ID);
        Head head = find(id).orElseThrow(() -> new NotFoundException("vragenlijst"));
        int responses = jdbc.sql("SELECT count(*) FROM survey_response WHERE survey_id = ? AND sent_at IS NOT NULL")
                .param(id).query(Integer.class).single();
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : questions(id)) {
            int answered = jdbc.sql("""
                            SELECT count(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                             WHERE a.question_id = ? AND r.sent_at IS NOT NULL""").param(q.id())
                    .query(Integer.class).single();
            List<Count> counts = List.of();
            Double average = null;
            List<OpenAnswer> open = List.of();
            switch (q.kind()) {
                case SINGLE, MULTIPLE -> counts = jdbc.sql("""
                                SELECT o.label, count(r.id) FROM survey_option o
                                  LEFT JOIN survey_answer_choice c ON c.option_id = o.id
                                  LEFT JOIN survey_response r ON r.id = c.response_id AND r.sent_at IS NOT NULL
                                 WHERE o.question_id = ? GROUP BY o.id, o.label, o.position ORDER BY o.position""")
                        .param(q.id()).query((rs, n) -> new Count(rs.getString(1), rs.getInt(2))).list();
                case SCALE -> {
                    Map<Integer, Integer> byPoint = new HashMap<>();
                    jdbc.sql("""
                                    SELECT a.number, count(*) FROM survey_answer a
                                      JOIN survey_response r ON r.id = a.response_id AND r.sent_at IS NOT NULL
                                     WHERE a.question_id = ? GROUP BY a.number""").param(q.id())
                            .query(rs -> {
                                byPoint.put(rs.getInt(1), rs.getInt(2));
                            });
                    List<Count> points = new ArrayList<>();
                    long sum = 0;
                    for (int point = 1; point <= q.scaleMax(); point++) {
                        int count = byPoint.getOrDefault(point, 0);
                        points.add(new Count(String.valueOf(point), count));
                        sum += (long) point * count;
                    }
                    counts = points;
                    average = answered == 0 ? null : (double) sum / answered;
                }
                default -> open = jdbc.sql("""
                                SELECT a.response_id, a.question_id, a.text, a.hidden FROM survey_answer a
                                  JOIN survey_response r ON r.id = a.response_id AND r.sent_at IS NOT NULL
                                 WHERE a.question_id = ? ORDER BY r.sent_at, r.id""").param(q.id())
                        .query((rs, n) -> new OpenAnswer(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getBoolean(4))).list();
            }
            results.add(new QuestionResult(q.id(), q.text(), q.kind(), answered, counts, average, open));
        }
        return new SurveyResults(id, head.title(), responses, results);
    }

    /** Hides an abusive open answer from the results (it stays counted as answered); {@code hidden=false} undoes. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'moderator', 'tenant-admin')")
    public void hideAnswer(long responseId, long questionId, boolean hidden) {
        Visitor me = writable();
        int changed = jdbc.sql("""
                        UPDATE survey_answer SET hidden = ?, hidden_by = ? WHERE response_id = ? AND question_id = ?
                           AND text IS NOT NULL""")
                .params(hidden, hidden ? me.displayName() : null, responseId, questionId).update();
        if (changed == 0) {
            throw new NotFoundException("antwoord");
        }
    }

    // ---- helpers ----

    private void insertQuestions(long surveyId, List<QuestionDraft> questions) {
        int position = 0;
        for (QuestionDraft q : questions) {
            long questionId = jdbc.sql("""
                            INSERT INTO survey_question (survey_id, position, kind, text, required, scale_max, low_label,
                                                         high_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(surveyId, position++, q.kind().name(), q.text(), q.required(), q.scaleMax(), q.lowLabel(),
                            q.highLabel())
                    .query(Long.class).single();
            int optionPosition = 0;
            for (String option : q.options()) {
                jdbc.sql("INSERT INTO survey_option (question_id, position, label) VALUES (?, ?, ?)")
                        .params(questionId, optionPosition++, option).update();
            }
        }
    }

    private List<Question> questions(long surveyId) {
        Map<Long, List<Choice>> options = new HashMap<>();
        jdbc.sql("""
                        SELECT o.question_id, o.id, o.label FROM survey_option o
                          JOIN survey_question q ON q.id = o.question_id
                         WHERE q.survey_id = ? ORDER BY o.position, o.id""").param(surveyId)
                .query(rs -> {
                    options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Choice(rs.getLong(2), rs.getString(3)));
                });
        return jdbc.sql("""
                        SELECT id, position, kind, text, required, scale_max, low_label, high_label
                          FROM survey_question WHERE survey_id = ? ORDER BY position""").param(surveyId)
                .query((rs, n) -> {
                    int max = rs.getInt(6);
                    Integer scaleMax = rs.wasNull() ? null : max;
                    return new Question(rs.getLong(1), rs.getInt(2), Kind.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getBoolean(5), List.copyOf(options.getOrDefault(rs.getLong(1), List.of())), scaleMax,
                            rs.getString(7), rs.getString(8));
                }).list();
    }

    private Optional<MyResponse> response(long surveyId, long residentId) {
        return jdbc.sql("SELECT id, saved_at, sent_at FROM survey_response WHERE survey_id = ? AND resident_id = ?")
                .params(surveyId, residentId)
                .query((rs, n) -> new Object[] {rs.getLong(1), instant(rs, "saved_at"), instant(rs, "sent_at")})
                .optional().map(row -> {
                    long responseId = (Long) row[0];
                    Map<Long, Set<Long>> choices = new HashMap<>();
                    jdbc.sql("SELECT question_id, option_id FROM survey_answer_choice WHERE response_id = ?")
                            .param(responseId).query(rs -> {
                                choices.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                            });
                    Map<Long, Answer> answers = new LinkedHashMap<>();
                    jdbc.sql("SELECT question_id, text, number FROM survey_answer WHERE response_id = ?")
                            .param(responseId).query(rs -> {
                                int number = rs.getInt(3);
                                Integer value = rs.wasNull() ? null : number;
                                answers.put(rs.getLong(1), new Answer(rs.getString(2), value,
                                        choices.getOrDefault(rs.getLong(1), Set.of())));
                            });
                    return new MyResponse(answers, (Instant) row[1], (Instant) row[2]);
                });
    }

    private Optional<Head> find(long id) {
        return jdbc.sql("SELECT id, title, intro, opens_at, closes_at, published, closed_at FROM survey WHERE id = ?")
                .param(id).query((rs, n) -> head(rs)).optional();
    }

    private Head locked(long id) {
        return jdbc.sql("""
                        SELECT id, title, intro, opens_at, closes_at, published, closed_at FROM survey
                         WHERE id = ? FOR UPDATE""").param(id).query((rs, n) -> head(rs)).optional()
                .orElseThrow(() -> new NotFoundException("vragenlijst"));
    }

    private static Head head(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Head(rs.getLong("id"), rs.getString("title"), rs.getString("intro"), instant(rs, "opens_at"),
                instant(rs, "closes_at"), rs.getBoolean("published"), instant(rs, "closed_at"));
    }

    private Visitor writable() {
        modules.require(PollsModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        return me;
    }
}
