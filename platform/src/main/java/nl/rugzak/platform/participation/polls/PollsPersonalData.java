package nl.rugzak.platform.participation.polls;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Polls' part of a resident's data: their votes and their survey responses. On erasure the votes and sent responses
 * stay without the resident (so totals and results stay right); an unsent draft response goes.
 */
@Component
class PollsPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    PollsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("stemmen_in_peilingen", PersonalRows.of(jdbc.sql("""
                        SELECT v.poll_id AS peiling_id, p.question AS vraag,
                               string_agg(o.label, '; ' ORDER BY o.position) AS gekozen,
                               v.voted_at AS gestemd_op, v.changed_at AS gewijzigd_op
                          FROM poll_vote v JOIN poll p ON p.id = v.poll_id
                          JOIN poll_vote_choice c ON c.vote_id = v.id JOIN poll_option o ON o.id = c.option_id
                         WHERE v.resident_id = ?
                         GROUP BY v.poll_id, p.question, v.voted_at, v.changed_at ORDER BY v.voted_at, v.poll_id""")
                .param(residentId).query().listOfRows()));
        sections.put("antwoorden_op_vragenlijsten", PersonalRows.of(jdbc.sql("""
                        SELECT r.survey_id AS vragenlijst_id, s.title AS vragenlijst, q.text AS vraag,
                               coalesce(a.text, a.number::text,
                                        (SELECT string_agg(o.label, '; ' ORDER BY o.position)
                                           FROM survey_answer_choice c JOIN survey_option o ON o.id = c.option_id
                                          WHERE c.response_id = a.response_id AND c.question_id = a.question_id))
                                 AS antwoord,
                               r.sent_at AS verstuurd_op, r.saved_at AS bewaard_op
                          FROM survey_response r JOIN survey s ON s.id = r.survey_id
                          JOIN survey_answer a ON a.response_id = r.id JOIN survey_question q ON q.id = a.question_id
                         WHERE r.resident_id = ? ORDER BY r.saved_at, r.id, q.position""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        long resident = erasure.residentId();
        jdbc.sql("UPDATE poll_vote SET resident_id = NULL WHERE resident_id = ?").param(resident).update();
        jdbc.sql("DELETE FROM survey_response WHERE resident_id = ? AND sent_at IS NULL").param(resident).update();
        jdbc.sql("UPDATE survey_response SET resident_id = NULL WHERE resident_id = ?").param(resident).update();
    }
}
