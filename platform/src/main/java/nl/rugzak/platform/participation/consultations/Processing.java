package nl.rugzak.platform.participation.consultations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.TextLimits;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's work on the reactions: themes, answers and outcomes, and the link from "leidt tot aanpassing" to the block
 * of the current version that changed. Editors only: formal views carry names and addresses.
 */
@Service
@PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
public class Processing {

    public static final int MAX_ANSWER = 10_000;

    private static final String SELECT = """
            SELECT r.id, r.number, r.anchor_key, r.body, r.proposed_text, p.display_name, r.full_name, r.address,
                   r.hidden, r.supporter_count, r.theme_id, t.name AS theme_name, r.answer, r.outcome, r.changed_key,
                   t.answer AS theme_answer, t.outcome AS theme_outcome, t.changed_key AS theme_changed_key,
                   EXISTS (SELECT 1 FROM consultation_attachment a WHERE a.reaction_id = r.id) AS has_attachment,
                   r.created_at
              FROM consultation_reaction r
              LEFT JOIN resident p ON p.id = r.resident_id
              LEFT JOIN consultation_theme t ON t.id = r.theme_id""";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final TenantWriteGuard writeGuard;
    private final Consultations consultations;

    private final java.time.Clock clock;

    Processing(JdbcClient jdbc, EnabledModules modules, TenantWriteGuard writeGuard, Consultations consultations,
               java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.modules = modules;
        this.writeGuard = writeGuard;
        this.consultations = consultations;
    }

    /** Every reaction, hidden ones included (marked), in number order. */
    @Transactional(readOnly = true)
    public List<StaffReaction> reactions(long consultationId) {
        consultations.view(consultationId);
        return jdbc.sql(SELECT + " WHERE r.consultation_id = ? ORDER BY r.number").param(consultationId)
                .query(Processing::reaction).list();
    }

    /** Reactions on consultations that closed for reactions but have no report yet, still without answer or outcome. */
    @Transactional(readOnly = true)
    public long waitingForAnswer() {
        modules.require(ConsultationsModule.ID);
        return jdbc.sql("""
                        SELECT count(*) FROM consultation_reaction r
                          JOIN consultation c ON c.id = r.consultation_id
                          LEFT JOIN consultation_theme t ON t.id = r.theme_id
                         WHERE c.published_at IS NOT NULL AND c.report_published_at IS NULL AND c.closes_at <= ?
                           AND NOT r.hidden AND (coalesce(r.answer, t.answer) IS NULL OR coalesce(r.outcome, t.outcome) IS NULL)""")
                .param(java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<Theme> themes(long consultationId) {
        consultations.view(consultationId);
        return jdbc.sql("""
                        SELECT t.id, t.name, t.answer, t.outcome, t.changed_key,
                               (SELECT count(*) FROM consultation_reaction r WHERE r.theme_id = t.id)
                          FROM consultation_theme t WHERE t.consultation_id = ? ORDER BY t.name""")
                .param(consultationId)
                .query((rs, i) -> new Theme(rs.getLong(1), rs.getString(2), rs.getString(3), outcome(rs.getString(4)),
                        rs.getString(5), rs.getInt(6))).list();
    }

    @Transactional
    public long createTheme(long consultationId, String name) {
        writable();
        consultations.view(consultationId);
        String clean = InvalidConsultationException.checked("theme",
                () -> TextLimits.requireLine(name, "consultations.field.theme", 2, 120));
        try {
            return jdbc.sql("INSERT INTO consultation_theme (consultation_id, name) VALUES (?, ?) RETURNING id")
                    .params(consultationId, clean).query(Long.class).single();
        } catch (DuplicateKeyException taken) {
            throw InvalidConsultationException.at("theme", "consultations.field.theme.taken");
        }
    }

    /** Puts a reaction in a theme of the same consultation, or takes it out ({@code themeId} null). */
    @Transactional
    public void assignTheme(long reactionId, Long themeId) {
        writable();
        long consultationId = consultationOf(reactionId);
        if (themeId != null && jdbc.sql("SELECT count(*) FROM consultation_theme WHERE id = ? AND consultation_id = ?")
                .params(themeId, consultationId).query(Integer.class).single() == 0) {
            throw new NotFoundException("thema");
        }
        jdbc.sql("UPDATE consultation_reaction SET theme_id = ? WHERE id = ?").params(themeId, reactionId).update();
    }

    /** One answer for every reaction in the theme (a reaction's own answer, if it has one, goes first). */
    @Transactional
    public void answerTheme(long themeId, String answer, Outcome outcome, String changedAnchor) {
        writable();
        Long consultationId = jdbc.sql("SELECT consultation_id FROM consultation_theme WHERE id = ?").param(themeId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("thema"));
        Answer clean = checked(consultationId, answer, outcome, changedAnchor);
        jdbc.sql("UPDATE consultation_theme SET answer = ?, outcome = ?, changed_key = ? WHERE id = ?")
                .params(clean.text(), clean.outcome().name(), clean.changedAnchor(), themeId).update();
    }

    @Transactional
    public void answerReaction(long reactionId, String answer, Outcome outcome, String changedAnchor) {
        writable();
        Answer clean = checked(consultationOf(reactionId), answer, outcome, changedAnchor);
        jdbc.sql("UPDATE consultation_reaction SET answer = ?, outcome = ?, changed_key = ? WHERE id = ?")
                .params(clean.text(), clean.outcome().name(), clean.changedAnchor(), reactionId).update();
    }

    private record Answer(String text, Outcome outcome, String changedAnchor) {
    }

    /** "Leidt tot aanpassing" must say which block of the current version changed; other outcomes link nothing. */
    private Answer checked(long consultationId, String answer, Outcome outcome, String changedAnchor) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String text = answerText(answer, problems);
        String given = changedAnchor == null || changedAnchor.isBlank() ? null : changedAnchor.strip();
        if (outcome == null) {
            problems.put("outcome", FieldProblem.textKey("consultations.field.outcome.empty"));
        } else if (outcome == Outcome.CHANGED) {
            if (given == null) {
                problems.put("changedAnchor", FieldProblem.textKey("consultations.field.changed-anchor.empty"));
            } else if (consultations.version(consultationId, null).flatMap(v -> v.block(given)).isEmpty()) {
                problems.put("changedAnchor", FieldProblem.textKey("consultations.field.anchor.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConsultationException(problems);
        }
        return new Answer(text, outcome, outcome == Outcome.CHANGED ? given : null);
    }

    private static String answerText(String answer, Map<String, FieldProblem> problems) {
        try {
            return InvalidConsultationException.checked("answer",
                    () -> TextLimits.require(answer, "consultations.field.answer", 2, MAX_ANSWER));
        } catch (InvalidConsultationException refused) {
            problems.put("answer", locale -> refused.problemsIn(locale).get("answer"));
            return null;
        }
    }

    private long consultationOf(long reactionId) {
        return jdbc.sql("SELECT consultation_id FROM consultation_reaction WHERE id = ?").param(reactionId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("reactie"));
    }

    private void writable() {
        modules.require(ConsultationsModule.ID);
        writeGuard.requireWritable();
    }

    static StaffReaction reaction(ResultSet rs, int row) throws SQLException {
        Long theme = rs.getLong("theme_id");
        if (rs.wasNull()) {
            theme = null;
        }
        return new StaffReaction(rs.getLong("id"), rs.getInt("number"), rs.getString("anchor_key"), rs.getString("body"),
                rs.getString("proposed_text"), rs.getString("display_name"), rs.getString("full_name"),
                rs.getString("address"), rs.getBoolean("hidden"), rs.getInt("supporter_count"), theme,
                rs.getString("theme_name"), rs.getString("answer"), outcome(rs.getString("outcome")),
                rs.getString("changed_key"), rs.getString("theme_answer"), outcome(rs.getString("theme_outcome")),
                rs.getString("theme_changed_key"), rs.getBoolean("has_attachment"),
                rs.getTimestamp("created_at").toInstant());
    }

    static Outcome outcome(String value) {
        return value == null ? null : Outcome.valueOf(value);
    }
}
