package nl.rugzak.platform.moderation;

import java.sql.Timestamp;
import java.time.Clock;

import nl.rugzak.platform.content.Actor;
import nl.rugzak.platform.content.Actors;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.PostingRateLimiter;
import nl.rugzak.platform.content.TextLimits;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Residents report an item or comment with a reason; it then waits in the moderation queue. */
@Service
public class Reports {

    public static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final Actors actors;
    private final ModeratedModules modules;
    private final ResidentProfiles residents;
    private final PostingRateLimiter rateLimiter;
    private final TenantWriteGuard writeGuard;
    private final Clock clock;

    public Reports(JdbcClient jdbc, Actors actors, ModeratedModules modules, ResidentProfiles residents,
                   PostingRateLimiter rateLimiter, TenantWriteGuard writeGuard, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.modules = modules;
        this.residents = residents;
        this.rateLimiter = rateLimiter;
        this.writeGuard = writeGuard;
        this.clock = clock;
    }

    /**
     * Reports something visible on the site, once per resident per target.
     *
     * @throws NotFoundException when the target does not exist here or is not visible
     * @throws ContentRejectedException for a missing or too long reason, a second report, or too many posts
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void report(ContentRef target, String reason) {
        Actor actor = actors.require();
        writeGuard.requireWritable();
        String text = TextLimits.require(reason, "moderation.field.reason", 3, MAX_REASON);
        modules.find(target.module()).flatMap(m -> m.find(target.itemId()))
                .filter(item -> item.visibility() == Visibility.VISIBLE)
                .orElseThrow(() -> new NotFoundException(target.toString()));
        long reporter = residents.ensure(actor.subject(), actor.displayName());
        boolean already = jdbc.sql("SELECT count(*) FROM content_report WHERE module = ? AND item_id = ? AND reporter_id = ?")
                .params(target.module(), target.itemId(), reporter).query(Long.class).single() > 0;
        if (already) {
            throw new ContentRejectedException("moderation.refused.reported-before");
        }
        rateLimiter.check(actor.subject());
        int added = jdbc.sql("""
                        INSERT INTO content_report (module, item_id, reporter_id, reason, created_at)
                        VALUES (:module, :item, :reporter, :reason, :at)
                        ON CONFLICT ON CONSTRAINT content_report_once DO NOTHING""")
                .param("module", target.module()).param("item", target.itemId()).param("reporter", reporter)
                .param("reason", text).param("at", Timestamp.from(clock.instant()))
                .update();
        if (added == 0) {
            throw new ContentRejectedException("moderation.refused.reported-before");
        }
    }
}
