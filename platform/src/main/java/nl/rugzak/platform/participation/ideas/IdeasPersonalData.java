package nl.rugzak.platform.participation.ideas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ideas' part of a resident's data: the ideas they submitted and the ideas they supported. On erasure their supports
 * go (with the counts); their ideas stay without their name when they chose to keep their items, else they go.
 */
@Component
class IdeasPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    IdeasPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("ideeen", PersonalRows.of(jdbc.sql("""
                        SELECT id, title AS titel, description AS beschrijving, place AS plek, category AS categorie,
                               status, status_reason AS reden, hidden AS verborgen, support_count AS aantal_steunbetuigingen,
                               image_bytes IS NOT NULL AS met_foto, created_at AS ingediend_op
                          FROM idea WHERE owner_id = ? ORDER BY created_at, id""")
                .param(residentId).query().listOfRows()));
        sections.put("gesteunde_ideeen", PersonalRows.of(jdbc.sql("""
                        SELECT s.idea_id AS idee_id, i.title AS titel, s.created_at AS gesteund_op
                          FROM idea_support s JOIN idea i ON i.id = s.idea_id
                         WHERE s.resident_id = ? ORDER BY s.created_at, s.idea_id""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        long resident = erasure.residentId();
        // Counts first, while the support rows still say which ideas they were for.
        jdbc.sql("""
                UPDATE idea SET support_count = support_count - 1
                 WHERE id IN (SELECT idea_id FROM idea_support WHERE resident_id = ?)""").param(resident).update();
        jdbc.sql("DELETE FROM idea_support WHERE resident_id = ?").param(resident).update();
        if (erasure.keepOwnItems()) {
            jdbc.sql("UPDATE idea SET owner_id = NULL, updated_at = now() WHERE owner_id = ?").param(resident).update();
        } else {
            // Others' supports of these ideas go with them (ON DELETE CASCADE); merged ideas lose their pointer.
            jdbc.sql("DELETE FROM idea WHERE owner_id = ?").param(resident).update();
        }
    }
}
