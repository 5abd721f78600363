package nl.rugzak.platform.moderation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Blocks of residents from posting at this municipality. A block with an end date ends by itself after that day
 * (Dutch time); one without lasts until a moderator lifts it. Moderators block and lift through {@link Moderation}.
 */
@Component
public class ResidentBlocks {

    static final Locale DUTCH = Texts.DUTCH;

    private static final String SELECT = """
            SELECT b.id, r.subject, r.display_name, b.reason, b.blocked_until, b.created_at
              FROM resident_block b JOIN resident r ON r.id = b.resident_id
             WHERE b.lifted_at IS NULL AND (b.blocked_until IS NULL OR b.blocked_until >= :today)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ResidentBlocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws BlockedException with the reason and the end date, when the resident may not post now */
    public void assertMayPost(String residentSubject) {
        Optional<ResidentBlock> block = activeBlock(residentSubject);
        if (block.isPresent()) {
            throw new BlockedException(block.get());
        }
    }

    public Optional<ResidentBlock> activeBlock(String residentSubject) {
        TenantContext.require();
        return jdbc.sql(SELECT + " AND r.subject = :subject ORDER BY b.blocked_until DESC NULLS FIRST LIMIT 1")
                .param("today", Date.valueOf(today())).param("subject", residentSubject)
                .query(ResidentBlocks::block).optional();
    }

    /** Blocks in force now, newest first. */
    public List<ResidentBlock> active() {
        TenantContext.require();
        return jdbc.sql(SELECT + " ORDER BY b.created_at DESC").param("today", Date.valueOf(today()))
                .query(ResidentBlocks::block).list();
    }

    /** The sentence a blocked resident reads, in {@code locale}. */
    public static String message(ResidentBlock block, Locale locale) {
        return Texts.get(locale, messageKey(block), messageArgs(block, locale).toArray());
    }

    static String messageKey(ResidentBlock block) {
        return block.until() == null ? "moderation.blocked.always" : "moderation.blocked.until";
    }

    static List<Object> messageArgs(ResidentBlock block, Locale locale) {
        return block.until() == null ? List.of(block.reason())
                : List.of(DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.supported(locale)).format(block.until()), block.reason()); // not-ui-text: date pattern
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void add(long residentId, String reason, LocalDate until, String moderatorName) {
        jdbc.sql("""
                        INSERT INTO resident_block (resident_id, reason, blocked_until, created_at, created_by)
                        VALUES (:resident, :reason, :until, :at, :by)""")
                .param("resident", residentId).param("reason", reason)
                .param("until", until == null ? null : Date.valueOf(until))
                .param("at", Timestamp.from(clock.instant())).param("by", moderatorName)
                .update();
    }

    int lift(long residentId, String moderatorName) {
        return jdbc.sql("UPDATE resident_block SET lifted_at = :at, lifted_by = :by WHERE resident_id = :resident AND lifted_at IS NULL")
                .param("at", Timestamp.from(clock.instant())).param("by", moderatorName).param("resident", residentId)
                .update();
    }

    private static ResidentBlock block(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Date until = rs.getDate(5);
        return new ResidentBlock(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                until == null ? null : until.toLocalDate(), rs.getTimestamp(6).toInstant());
    }
}
