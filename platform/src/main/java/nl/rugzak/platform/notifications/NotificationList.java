package nl.rugzak.platform.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Meldingen" on the site: the logged-in resident's own notifications, newest first, whatever their mail choice.
 * Only ever the caller's rows in the current municipality's schema.
 */
@Service
public class NotificationList {

    public static final int SHOWN = 50;

    /** One notification as the list shows it: its subject in the reader's language and its link. */
    public record Entry(long id, String subject, String text, String link, Instant at, boolean read) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationList(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Entry> mine(Locale language) {
        Visitor me = currentUser.require();
        return jdbc.sql("""
                        SELECT n.id, n.kind, e.title, e.detail, e.detail_key, e.link, n.created_at, n.read_at IS NOT NULL
                          FROM notification n JOIN notification_event e ON e.id = n.event_id
                         WHERE n.resident_id = ? ORDER BY n.created_at DESC, n.id DESC LIMIT ?""")
                .params(me.residentId(), SHOWN)
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    java.time.Instant at = rs.getTimestamp(7).toInstant();
                    boolean read = rs.getBoolean(8);
                    return MailContent.Item.read(rs, 2).map(item -> new Entry(id, item.subject(language),
                            item.body(language), item.link(), at, read));
                }).list().stream().flatMap(java.util.Optional::stream).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unread() {
        Visitor me = currentUser.require();
        return jdbc.sql("SELECT count(*) FROM notification WHERE resident_id = ? AND read_at IS NULL")
                .param(me.residentId()).query(Long.class).single();
    }

    /** Marks all of the caller's notifications read (opening the list). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        Visitor me = currentUser.require();
        jdbc.sql("UPDATE notification SET read_at = ? WHERE resident_id = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), me.residentId()).update();
    }
}
