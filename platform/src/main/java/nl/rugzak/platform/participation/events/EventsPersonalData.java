package nl.rugzak.platform.participation.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Events' part of a resident's data: their registrations. The export names the event, its time and address, never
 * its coordinates; erasure gives up each place as a cancellation would, so the waiting list moves up.
 */
@Component
class EventsPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Events events;

    EventsPersonalData(JdbcClient jdbc, Events events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("aanmeldingen_bijeenkomsten", PersonalRows.of(jdbc.sql("""
                        SELECT r.event_id AS bijeenkomst_id, e.title AS titel, e.starts_at AS begint_op,
                               e.address AS adres, r.people AS aantal_personen, r.status,
                               r.created_at AS aangemeld_op
                          FROM event_registration r JOIN event e ON e.id = r.event_id
                         WHERE r.resident_id = ? ORDER BY r.created_at, r.id""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        // Lowest event id first: the same lock order as everyone else, so two erasures cannot deadlock.
        List<Long> eventIds = jdbc.sql("SELECT event_id FROM event_registration WHERE resident_id = ? ORDER BY event_id")
                .param(erasure.residentId()).query(Long.class).list();
        for (long eventId : eventIds) {
            events.release(eventId, erasure.residentId());
        }
    }
}
