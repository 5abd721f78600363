package nl.rugzak.platform.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notifications' part of a resident's data (sections "notificatie..."; "meldingen" are moderation's reports): their choices, mail language, the notifications they received and the
 * mails about them. Erasure removes all of it (nothing here is anyone else's).
 */
@Component
class NotificationsPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    NotificationsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("notificatie_instellingen", PersonalRows.of(jdbc.sql("""
                        SELECT kind AS soort, delivery AS bezorging, updated_at AS gewijzigd_op
                          FROM notification_preference WHERE resident_id = ? ORDER BY kind""")
                .param(residentId).query().listOfRows()));
        sections.put("notificatie_taal", PersonalRows.of(jdbc.sql("""
                        SELECT language AS taal, updated_at AS gewijzigd_op FROM notification_setting WHERE resident_id = ?""")
                .param(residentId).query().listOfRows()));
        sections.put("notificaties", PersonalRows.of(jdbc.sql("""
                        SELECT n.id, n.kind AS soort, e.title AS titel, e.detail AS toelichting, e.link AS link,
                               n.delivery AS bezorging, n.created_at AS ontvangen_op, n.read_at AS gelezen_op,
                               m.status AS e_mail_status, m.sent_at AS e_mail_verstuurd_op
                          FROM notification n JOIN notification_event e ON e.id = n.event_id
                          LEFT JOIN notification_mail m ON m.id = n.mail_id
                         WHERE n.resident_id = ? ORDER BY n.created_at, n.id""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("DELETE FROM notification WHERE resident_id = ?").param(erasure.residentId()).update();
        jdbc.sql("DELETE FROM notification_mail WHERE resident_id = ?").param(erasure.residentId()).update();
        jdbc.sql("DELETE FROM notification_preference WHERE resident_id = ?").param(erasure.residentId()).update();
        jdbc.sql("DELETE FROM notification_setting WHERE resident_id = ?").param(erasure.residentId()).update();
    }
}
