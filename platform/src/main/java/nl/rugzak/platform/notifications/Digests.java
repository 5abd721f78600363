package nl.rugzak.platform.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import nl.rugzak.tenantadmin.cluster.ClusterLocks;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gathers daily and weekly digests: every morning at {@code rugzak.notifications.digest-time} (the municipality's
 * time) each resident with notifications set to "daily" that no mail carries yet gets one digest mail row holding
 * them all; on Mondays the same for "weekly". Two statements per period for all residents together, and idempotent:
 * one digest per resident and period (a unique key), so a second run or instance adds nothing. The sender delivers
 * them like any other mail.
 */
@Component
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final JdbcClient jdbc;
    private final TenantRegistry registry;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LocalTime at;
    private final ClusterLocks locks;

    Digests(JdbcClient jdbc, TenantRegistry registry, PlatformTransactionManager transactions, Clock clock,
            @Value("${rugzak.notifications.digest-time:07:00}") LocalTime at, ClusterLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.at = at;
    }

    @Scheduled(fixedDelayString = "${rugzak.notifications.digest-interval:PT15M}",
            initialDelayString = "${rugzak.notifications.digest-initial-delay:PT1M}")
    public void scheduled() {
        // One instance at a time; a digest already written for the day is not written again (its unique key).
        locks.runAlone("notifications.digests", this::buildDueForAll);
    }

    private void buildDueForAll() {
        for (Tenant tenant : registry.all()) {
            if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
                continue;
            }
            try {
                TenantContext.call(tenant.id(), this::buildDue);
            } catch (RuntimeException e) {
                log.warn("Could not gather digests for {}", tenant.id().slug(), e);
            }
        }
    }

    /** Builds the digests due now in the current municipality; returns how many digest mails were added. */
    public int buildDue() {
        TenantContext.require();
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate day = now.toLocalTime().isBefore(at) ? today.minusDays(1) : today;
        int built = build(Delivery.DAILY, day);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return built + build(Delivery.WEEKLY, monday);
    }

    /** One period's digests: everything of that delivery from before the period's moment, per resident. */
    private int build(Delivery period, LocalDate day) {
        Timestamp cutoff = Timestamp.from(day.atTime(at).atZone(clock.getZone()).toInstant());
        Timestamp now = Timestamp.from(clock.instant());
        return transaction.execute(status -> {
            int digests = jdbc.sql("""
                            INSERT INTO notification_mail (resident_id, period, digest_day, next_attempt_at, created_at)
                            SELECT DISTINCT resident_id, ?::varchar, ?::date, ?::timestamptz, ?::timestamptz FROM notification
                             WHERE delivery = ? AND mail_id IS NULL AND created_at < ?
                            ON CONFLICT (resident_id, period, digest_day) WHERE period <> 'IMMEDIATE' DO NOTHING""")
                    .params(period.name(), day, now, now, period.name(), cutoff).update();
            // Items of a resident whose digest for this period already went out wait for the next one.
            jdbc.sql("""
                            UPDATE notification n SET mail_id = m.id FROM notification_mail m
                             WHERE m.resident_id = n.resident_id AND m.period = ? AND m.digest_day = ?
                               AND m.status = 'PENDING' AND m.lease_owner IS NULL
                               AND n.delivery = ? AND n.mail_id IS NULL AND n.created_at < ?""")
                    .params(period.name(), day, period.name(), cutoff).update();
            return digests;
        });
    }
}
