package nl.rugzak.platform.participation.initiatives;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.DeletedResident;
import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Initiatives' part of a resident's data: the initiatives they started, their supports, follows and offers of help.
 * On erasure supports (with the supporter counts), follows and help offers go; their initiatives go too, or stay
 * without their name when they chose so (drafts never stay: nobody else has seen them).
 */
@Component
class InitiativesPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    InitiativesPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("initiatieven", PersonalRows.of(jdbc.sql("""
                        SELECT i.id, i.title AS titel, i.summary AS samenvatting, i.description AS beschrijving,
                               i.place AS plek, i.help_wanted AS hulp_gezocht, i.show_contact AS contact_tonen,
                               i.status, i.hidden AS verborgen, i.supporter_count AS aantal_steunbetuigingen,
                               i.created_at AS aangemaakt_op, i.published_at AS gepubliceerd_op,
                               (SELECT count(*) FROM initiative_image m WHERE m.initiative_id = i.id) AS aantal_fotos
                          FROM initiative i WHERE i.owner_id = ? ORDER BY i.created_at, i.id""")
                .param(residentId).query().listOfRows()));
        sections.put("steunbetuigingen", PersonalRows.of(jdbc.sql("""
                        SELECT s.initiative_id AS initiatief_id, i.title AS titel, s.created_at AS gesteund_op
                          FROM initiative_support s JOIN initiative i ON i.id = s.initiative_id
                         WHERE s.resident_id = ? ORDER BY s.created_at, s.initiative_id""")
                .param(residentId).query().listOfRows()));
        sections.put("gevolgde_initiatieven", PersonalRows.of(jdbc.sql("""
                        SELECT f.initiative_id AS initiatief_id, i.title AS titel, f.created_at AS gevolgd_sinds
                          FROM initiative_follow f JOIN initiative i ON i.id = f.initiative_id
                         WHERE f.resident_id = ? ORDER BY f.created_at, f.initiative_id""")
                .param(residentId).query().listOfRows()));
        sections.put("hulpaanbiedingen", PersonalRows.of(jdbc.sql("""
                        SELECT h.initiative_id AS initiatief_id, i.title AS titel, h.message AS bericht,
                               h.created_at AS aangeboden_op
                          FROM initiative_help_offer h JOIN initiative i ON i.id = h.initiative_id
                         WHERE h.resident_id = ? ORDER BY h.created_at, h.id""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        long resident = erasure.residentId();
        // Counts first, while the support rows still say which initiatives they were for.
        jdbc.sql("""
                        UPDATE initiative SET supporter_count = supporter_count - 1
                         WHERE id IN (SELECT initiative_id FROM initiative_support WHERE resident_id = ?)""")
                .param(resident).update();
        jdbc.sql("DELETE FROM initiative_support WHERE resident_id = ?").param(resident).update();
        jdbc.sql("DELETE FROM initiative_follow WHERE resident_id = ?").param(resident).update();
        jdbc.sql("DELETE FROM initiative_help_offer WHERE resident_id = ?").param(resident).update();
        if (erasure.keepOwnItems()) {
            jdbc.sql("DELETE FROM initiative WHERE owner_id = ? AND status = 'DRAFT'").param(resident).update();
            // The owner's name was copied into the histories when they submitted or proposed a topic link.
            jdbc.sql("""
                            UPDATE initiative_status_change SET changed_by = ?
                             WHERE changed_by = ? AND initiative_id IN (SELECT id FROM initiative WHERE owner_id = ?)""")
                    .params(DeletedResident.NAME, erasure.displayName(), resident).update();
            jdbc.sql("""
                            UPDATE initiative_topic_link SET proposed_by = ?
                             WHERE proposed_by = ? AND initiative_id IN (SELECT id FROM initiative WHERE owner_id = ?)""")
                    .params(DeletedResident.NAME, erasure.displayName(), resident).update();
            jdbc.sql("UPDATE initiative SET owner_id = NULL, show_contact = false, updated_at = now() WHERE owner_id = ?")
                    .param(resident).update();
        } else {
            // Photos, histories, responses, links, others' supports and follows go with them (ON DELETE CASCADE).
            jdbc.sql("DELETE FROM initiative WHERE owner_id = ?").param(resident).update();
        }
    }
}
