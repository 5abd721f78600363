package nl.rugzak.platform.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails that could not be delivered after every attempt, and mails still waiting after failures: the municipality's
 * admins see and resend their own; the lab sees the counts of every municipality (not the residents' addresses).
 */
@Service
public class FailedMails {

    /** A mail as staff see it: to whom (name and address, for them to check), what went wrong and when. */
    public record Failed(long id, String recipient, String email, String period, int attempts, String error,
                         Instant createdAt) {
    }

    /** The lab's view of one municipality: mails given up on and mails still waiting after a failure. */
    public record TenantCount(String slug, String name, long failed, long retrying) {
    }

    private final JdbcClient jdbc;
    private final TenantRegistry registry;
    private final Clock clock;

    FailedMails(JdbcClient jdbc, TenantRegistry registry, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('tenant-admin')")
    public List<Failed> here() {
        TenantContext.require();
        return jdbc.sql("""
                        SELECT m.id, r.display_name, r.email, m.period, m.attempts, m.last_error, m.created_at
                          FROM notification_mail m JOIN resident r ON r.id = m.resident_id
                         WHERE m.status = 'FAILED' OR (m.status = 'PENDING' AND m.attempts > 0)
                         ORDER BY m.created_at DESC, m.id DESC LIMIT 200""")
                .query((rs, row) -> new Failed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    /** Sends the failed mails again from the start (e.g. after the SMTP settings were fixed). */
    @Transactional
    @PreAuthorize("hasRole('tenant-admin')")
    public int retryAll() {
        TenantContext.require();
        return jdbc.sql("""
                        UPDATE notification_mail SET status = 'PENDING', attempts = 0, next_attempt_at = ?,
                          lease_owner = NULL, lease_until = NULL WHERE status = 'FAILED'""")
                .param(Timestamp.from(clock.instant())).update();
    }

    /** For the lab: per municipality how many mails failed or wait after a failure; only those with any. */
    @PreAuthorize("hasRole('lab-admin')")
    public List<TenantCount> acrossTenants() {
        List<TenantCount> counts = new ArrayList<>();
        for (Tenant tenant : registry.all()) {
            if (tenant.status() == TenantStatus.DELETED || tenant.status() == TenantStatus.PROVISIONING) {
                continue;
            }
            try {
                TenantCount count = TenantContext.call(tenant.id(), () -> jdbc.sql("""
                                SELECT count(*) FILTER (WHERE status = 'FAILED'),
                                       count(*) FILTER (WHERE status = 'PENDING' AND attempts > 0)
                                  FROM notification_mail""")
                        .query((rs, row) -> new TenantCount(tenant.id().slug(), tenant.displayName(), rs.getLong(1),
                                rs.getLong(2))).single());
                if (count.failed() + count.retrying() > 0) {
                    counts.add(count);
                }
            } catch (RuntimeException unreachable) {
                // A municipality being restored or moved has no readable schema for a moment; it shows up next time.
            }
        }
        return counts;
    }
}
