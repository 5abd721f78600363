package nl.rugzak.platform.participation.updates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.DeletedResident;
import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * News' part of a resident's data: the updates they wrote (on their own initiatives) and the topics they follow.
 * On erasure the follows go; their news goes too, or stays under the placeholder's name when they keep their
 * initiatives, because their name was copied into each update when it was written.
 */
@Component
class UpdatesPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    UpdatesPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("nieuwsberichten", PersonalRows.of(jdbc.sql("""
                        SELECT u.id, u.title AS titel, u.body AS tekst, u.author_name AS naam_auteur,
                               u.initiative_id AS initiatief_id, u.topic_id AS thema_id, u.status,
                               u.publish_at AS publicatie_op, u.created_at AS aangemaakt_op,
                               u.image_alt AS beschrijving_foto
                          FROM news_update u WHERE u.author_id = ? ORDER BY u.created_at, u.id""")
                .param(residentId).query().listOfRows()));
        sections.put("gevolgde_themas", PersonalRows.of(jdbc.sql("""
                        SELECT f.topic_id AS thema_id, f.created_at AS gevolgd_sinds
                          FROM topic_follow f WHERE f.resident_id = ? ORDER BY f.created_at, f.topic_id""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        long resident = erasure.residentId();
        jdbc.sql("DELETE FROM topic_follow WHERE resident_id = ?").param(resident).update();
        if (erasure.keepOwnItems()) {
            jdbc.sql("DELETE FROM news_update WHERE author_id = ? AND status = 'DRAFT'").param(resident).update();
            jdbc.sql("UPDATE news_update SET author_id = NULL, author_name = ?, updated_at = now() WHERE author_id = ?")
                    .params(DeletedResident.NAME, resident).update();
        } else {
            jdbc.sql("DELETE FROM news_update WHERE author_id = ? AND NOT by_staff").param(resident).update();
            jdbc.sql("UPDATE news_update SET author_id = NULL, author_name = ?, updated_at = now() WHERE author_id = ?")
                    .params(DeletedResident.NAME, resident).update();
        }
    }
}
