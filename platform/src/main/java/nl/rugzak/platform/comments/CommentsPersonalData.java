package nl.rugzak.platform.comments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Comments' part of a resident's data: their comments and the comments they supported. On erasure the comments
 * stay, so conversations keep making sense, but as the placeholder "verwijderde deelnemer"; their supports go
 * (support counts are counted from the rows, so they stay right).
 */
@Component
class CommentsPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    CommentsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("reacties", PersonalRows.of(jdbc.sql("""
                        SELECT id, module AS onderdeel, item_id AS onderdeel_id, parent_id AS antwoord_op, body AS tekst,
                               visibility AS zichtbaarheid, created_at AS geplaatst_op, edited_at AS gewijzigd_op,
                               deleted_at AS verwijderd_op
                          FROM comment WHERE author_id = ? ORDER BY created_at, id""")
                .param(residentId).query().listOfRows()));
        sections.put("steun_voor_reacties", PersonalRows.of(jdbc.sql("""
                        SELECT s.comment_id AS reactie_id, c.module AS onderdeel, c.item_id AS onderdeel_id,
                               s.created_at AS gesteund_op
                          FROM comment_support s JOIN comment c ON c.id = s.comment_id
                         WHERE s.resident_id = ? ORDER BY s.created_at, s.comment_id""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("DELETE FROM comment_support WHERE resident_id = ?").param(erasure.residentId()).update();
        jdbc.sql("UPDATE comment SET author_id = ? WHERE author_id = ?")
                .params(erasure.placeholderId(), erasure.residentId()).update();
    }
}
