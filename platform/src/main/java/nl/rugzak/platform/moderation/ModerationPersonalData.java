package nl.rugzak.platform.moderation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moderation's part of a resident's data: the reports they made, the decisions about them and their blocks. On
 * erasure their reports and blocks go; the decisions stay in the append-only log but forget whom they were about
 * (the one change the log allows).
 */
@Component
class ModerationPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    ModerationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("meldingen", PersonalRows.of(jdbc.sql("""
                        SELECT module AS onderdeel, item_id AS onderdeel_id, reason AS reden, created_at AS gemeld_op,
                               resolved_at AS afgehandeld_op, resolution AS afhandeling
                          FROM content_report WHERE reporter_id = ? ORDER BY created_at, id""")
                .param(residentId).query().listOfRows()));
        // The moderator's own name is staff data; the resident sees what was decided, why and when.
        sections.put("moderatiebesluiten", PersonalRows.of(jdbc.sql("""
                        SELECT action AS besluit, module AS onderdeel, item_id AS onderdeel_id, reason AS reden,
                               created_at AS genomen_op
                          FROM moderation_action WHERE about_resident_id = ? ORDER BY created_at, id""")
                .param(residentId).query().listOfRows()));
        sections.put("blokkades", PersonalRows.of(jdbc.sql("""
                        SELECT reason AS reden, blocked_until AS tot_en_met, created_at AS ingesteld_op,
                               lifted_at AS opgeheven_op
                          FROM resident_block WHERE resident_id = ? ORDER BY created_at, id""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("DELETE FROM content_report WHERE reporter_id = ?").param(erasure.residentId()).update();
        jdbc.sql("DELETE FROM resident_block WHERE resident_id = ?").param(erasure.residentId()).update();
        jdbc.sql("UPDATE moderation_action SET about_resident_id = NULL WHERE about_resident_id = ?")
                .param(erasure.residentId()).update();
    }
}
