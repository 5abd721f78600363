package nl.rugzak.platform.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.mydata.DeletedResident;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way modules tell residents something happened. Called inside the module's own transaction (it refuses to
 * run without one): the notice, a row per recipient for the in-site list and a mail row per immediate recipient are
 * written with the event itself, in the tenant's schema (the outbox), so a rolled-back action tells nobody and a
 * committed one is never lost. Three statements whatever the audience's size; delivery is the sender's job.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the notice for its audience (each resident once, the actor left out, the "deleted participant"
     * placeholder never) with each resident's chosen delivery for the kind.
     *
     * @return how many residents were notified (0 when the notice's event key was recorded before)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int record(Notice notice, Audience audience) {
        TenantContext.require();
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Long> event = jdbc.sql("""
                        INSERT INTO notification_event (kind, title, detail, detail_key, link, event_key, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING RETURNING id""")
                .params(notice.kind().id(), notice.title(), notice.detail(), notice.detailKey(), notice.link(),
                        notice.eventKey(), now)
                .query(Long.class).optional();
        if (event.isEmpty()) {
            return 0;
        }
        List<Object> params = new ArrayList<>(List.of(event.get(), notice.kind().id(),
                notice.kind().byDefault().name(), now));
        params.addAll(audience.params());
        params.add(notice.kind().id());
        params.add(DeletedResident.SUBJECT);
        params.add(audience.except() == null ? -1L : audience.except());
        int notified = jdbc.sql("""
                        INSERT INTO notification (event_id, resident_id, kind, delivery, created_at)
                        SELECT ?, a.resident_id, ?, coalesce(p.delivery, ?), ?::timestamptz
                          FROM (SELECT DISTINCT x.resident_id FROM (%s) AS x(resident_id)) a
                          JOIN resident r ON r.id = a.resident_id
                          LEFT JOIN notification_preference p ON p.resident_id = a.resident_id AND p.kind = ?
                         WHERE r.subject <> ? AND a.resident_id <> ?
                        ON CONFLICT (resident_id, event_id) DO NOTHING""".formatted(audience.query()))
                .params(params).update();
        if (notified > 0) {
            jdbc.sql("""
                            WITH mails AS (
                              INSERT INTO notification_mail (resident_id, period, next_attempt_at, created_at)
                              SELECT resident_id, 'IMMEDIATE', ?::timestamptz, ?::timestamptz FROM notification
                               WHERE event_id = ? AND delivery = 'IMMEDIATE' AND mail_id IS NULL
                              RETURNING id, resident_id)
                            UPDATE notification n SET mail_id = m.id FROM mails m
                             WHERE n.event_id = ? AND n.resident_id = m.resident_id""")
                    .params(now, now, event.get(), event.get()).update();
        }
        return notified;
    }
}
