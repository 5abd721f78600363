package nl.rugzak.tenantadmin.audit;

import java.time.Instant;
import java.util.List;

import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every lab action with who, what, which tenant, when and how it ended. The table only accepts new rows
 * (a trigger refuses updates and deletes), and nothing in the UI offers to change one.
 */
@Service
public class AuditLog {

    public enum Outcome {
        SUCCEEDED, FAILED, REFUSED;

        /** The text key of the outcome's name, e.g. {@code audit.outcome.refused}. */
        public String key() {
            return "audit.outcome." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Event(long id, Instant at, String actor, String action, String tenant, String details,
                        Outcome outcome) {
    }

    /** What to show: all fields optional. */
    public record Filter(String tenant, String action, Outcome outcome, String text) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;

    public AuditLog(JdbcClient jdbc, ControlPlaneWork controlPlane) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
    }

    public void record(String actor, String action, String tenant, String details, Outcome outcome) {
        controlPlane.run(() -> jdbc.sql("""
                        INSERT INTO control.audit_event (actor, action, tenant_slug, details, outcome)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(truncate(actor, 200), action, tenant, details, outcome.name()).update());
    }

    public List<Event> find(Filter filter, int limit) {
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT id, at, actor, action, tenant_slug, details, outcome FROM control.audit_event
                         WHERE (CAST(:tenant AS text) IS NULL OR tenant_slug = :tenant)
                           AND (CAST(:action AS text) IS NULL OR action = :action)
                           AND (CAST(:outcome AS text) IS NULL OR outcome = :outcome)
                           AND (CAST(:text AS text) IS NULL OR actor ILIKE :like OR details ILIKE :like)
                         ORDER BY at DESC, id DESC LIMIT :limit""")
                .param("tenant", blankToNull(filter.tenant()))
                .param("action", blankToNull(filter.action()))
                .param("outcome", filter.outcome() == null ? null : filter.outcome().name())
                .param("text", blankToNull(filter.text()))
                .param("like", filter.text() == null ? null : "%" + filter.text().replace("%", "\\%") + "%")
                .param("limit", limit)
                .query((rs, row) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), Outcome.valueOf(rs.getString(7))))
                .list());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String truncate(String value, int length) {
        return value == null ? "onbekend" : value.length() <= length ? value : value.substring(0, length);
    }
}
