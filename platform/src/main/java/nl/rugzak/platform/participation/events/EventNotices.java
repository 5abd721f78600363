package nl.rugzak.platform.participation.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.rugzak.platform.modules.ModuleTenants;
import nl.rugzak.platform.notifications.Audience;
import nl.rugzak.platform.notifications.Notice;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.notifications.Notifications;
import nl.rugzak.tenantadmin.cluster.ClusterLocks;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people registered for an event hear: that its time or place changed (not a corrected typo in the text), and
 * the day before, that it is tomorrow. The reminder job runs for every municipality; its event key makes a second run
 * (or a second instance) remind nobody twice.
 */
@Component
public class EventNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private static final String REGISTERED = "SELECT resident_id FROM event_registration WHERE event_id = ?";

    /** What registered people plan around. */
    record Plan(String title, Instant startsAt, Instant endsAt, String address, String onlineUrl) {
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final ModuleTenants tenants;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ClusterLocks locks;

    EventNotices(JdbcClient jdbc, Notifications notifications, ModuleTenants tenants,
                 PlatformTransactionManager transactions, Clock clock, ClusterLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.tenants = tenants;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    Optional<Plan> plan(long id) {
        return jdbc.sql("SELECT title, starts_at, ends_at, address, online_url FROM event WHERE id = ?").param(id)
                .query((rs, row) -> new Plan(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5))).optional();
    }

    /** In the editing transaction: tells everyone registered (or waiting) when time or place changed. */
    void changedSince(long id, Plan before) {
        Plan after = plan(id).orElseThrow();
        if (before.startsAt().equals(after.startsAt()) && before.endsAt().equals(after.endsAt())
                && Objects.equals(before.address(), after.address())
                && Objects.equals(before.onlineUrl(), after.onlineUrl())) {
            return;
        }
        notifications.record(Notice.of(NotificationKind.EVENT_CHANGED, after.title(), "/agenda/" + id)
                .withDetail(describe(after)), Audience.query(REGISTERED, id));
    }

    @Scheduled(fixedDelayString = "${rugzak.notifications.reminder-interval:PT30M}",
            initialDelayString = "${rugzak.notifications.reminder-initial-delay:PT2M}")
    public void scheduled() {
        // One instance at a time; each notice carries its once-key, so a later run does not repeat it.
        locks.runAlone("events.reminders",
                () -> tenants.forEachActive(EventsModule.ID, "event reminders", this::remindTomorrow));
    }

    /** Reminds the registered (not the waiting) of every event starting tomorrow; returns how many were told. */
    public int remindTomorrow() {
        TenantContext.require();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Timestamp from = Timestamp.from(tomorrow.atStartOfDay(clock.getZone()).toInstant());
        Timestamp to = Timestamp.from(tomorrow.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return transaction.execute(status -> {
            List<Long> ids = jdbc.sql("SELECT id FROM event WHERE starts_at >= ? AND starts_at < ? ORDER BY id")
                    .params(from, to).query(Long.class).list();
            int told = 0;
            for (long id : ids) {
                Plan plan = plan(id).orElseThrow();
                told += notifications.record(Notice.of(NotificationKind.EVENT_REMINDER, plan.title(), "/agenda/" + id)
                                .withDetail(describe(plan)).once("event-reminder:" + id + ":" + tomorrow),
                        Audience.query(REGISTERED + " AND status = 'REGISTERED'", id));
            }
            return told;
        });
    }

    private String describe(Plan plan) {
        String when = WHEN.format(ZonedDateTime.ofInstant(plan.startsAt(), clock.getZone()));
        String where = plan.address() != null ? plan.address() : plan.onlineUrl() != null ? plan.onlineUrl() : "";
        return where.isBlank() ? when : when + " · " + where;
    }
}
