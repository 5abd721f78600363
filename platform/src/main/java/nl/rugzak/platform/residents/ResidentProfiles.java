package nl.rugzak.platform.residents;

import nl.rugzak.tenantadmin.text.UserText;

import java.time.Instant;
import java.util.Optional;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Residents and staff who have logged in at this municipality, keyed by their subject in its realm. */
@Service
public class ResidentProfiles {

    public record ResidentProfile(long id, String subject, String displayName, String email, Instant createdAt,
                                  Instant lastLoginAt) {
    }

    private final JdbcClient jdbc;

    public ResidentProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the profile on first login, and refreshes name and email on every later one. */
    public void recordLogin(String subject, String displayName, String email) {
        TenantContext.require();
        jdbc.sql("""
                        INSERT INTO resident (subject, display_name, email) VALUES (:subject, :name, :email)
                        ON CONFLICT (subject) DO UPDATE SET display_name = EXCLUDED.display_name,
                          email = EXCLUDED.email, last_login_at = now()""")
                .param("subject", subject)
                .param("name", truncate(UserText.nameOr(displayName, subject), 200))
                .param("email", email == null ? null : truncate(email, 320))
                .update();
    }

    /**
     * The resident's id, creating a profile when someone acts before one was recorded (a login always records
     * one; this covers sessions from before a migration and service calls made on someone's behalf).
     */
    public long ensure(String subject, String displayName) {
        TenantContext.require();
        jdbc.sql("INSERT INTO resident (subject, display_name) VALUES (:subject, :name) ON CONFLICT (subject) DO NOTHING")
                .param("subject", subject)
                .param("name", truncate(UserText.nameOr(displayName, subject), 200))
                .update();
        return jdbc.sql("SELECT id FROM resident WHERE subject = ?").param(subject).query(Long.class).single();
    }

    public Optional<ResidentProfile> find(String subject) {
        TenantContext.require();
        return jdbc.sql("SELECT id, subject, display_name, email, created_at, last_login_at FROM resident WHERE subject = ?")
                .param(subject)
                .query((rs, row) -> new ResidentProfile(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    private static String truncate(String value, int length) {
        // By code points: cutting inside a surrogate pair would leave half an emoji, which PostgreSQL refuses.
        return value.codePointCount(0, value.length()) <= length ? value
                : value.substring(0, value.offsetByCodePoints(0, length));
    }
}
