package nl.rugzak.platform.participation.consultations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consultations' part of a resident's data: their reactions (with name and address of formal views) and supports.
 * On erasure supports go (with the counts); reactions go too, or stay without any link to the person (no resident,
 * no name, no address) when they chose to keep their contributions. A published report never named them.
 */
@Component
class ConsultationsPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    ConsultationsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("inspraakreacties", PersonalRows.of(jdbc.sql("""
                        SELECT r.consultation_id AS inspraak_id, c.title AS inspraak, r.number AS nummer,
                               r.anchor_key AS alinea, r.body AS reactie, r.proposed_text AS voorstel_nieuwe_tekst,
                               r.full_name AS naam, r.address AS adres, r.created_at AS geplaatst_op,
                               r.updated_at AS gewijzigd_op,
                               (SELECT a.file_name FROM consultation_attachment a WHERE a.reaction_id = r.id) AS bijlage
                          FROM consultation_reaction r JOIN consultation c ON c.id = r.consultation_id
                         WHERE r.resident_id = ? ORDER BY r.created_at, r.id""")
                .param(residentId).query().listOfRows()));
        sections.put("gesteunde_inspraakreacties", PersonalRows.of(jdbc.sql("""
                        SELECT r.consultation_id AS inspraak_id, r.number AS reactienummer, s.created_at AS gesteund_op
                          FROM consultation_reaction_support s JOIN consultation_reaction r ON r.id = s.reaction_id
                         WHERE s.resident_id = ? ORDER BY s.created_at, s.reaction_id""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        long resident = erasure.residentId();
        jdbc.sql("""
                        UPDATE consultation_reaction SET supporter_count = supporter_count - 1
                         WHERE id IN (SELECT reaction_id FROM consultation_reaction_support WHERE resident_id = ?)""")
                .param(resident).update();
        jdbc.sql("DELETE FROM consultation_reaction_support WHERE resident_id = ?").param(resident).update();
        if (erasure.keepOwnItems()) {
            jdbc.sql("""
                            UPDATE consultation_reaction SET resident_id = NULL, full_name = NULL, address = NULL
                             WHERE resident_id = ?""").param(resident).update();
        } else {
            jdbc.sql("DELETE FROM consultation_reaction WHERE resident_id = ?").param(resident).update();
        }
    }
}
