package nl.rugzak.platform.participation.polls;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.polls.internal.PlainText;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.site.SiteImages.ImageBytes;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.media.SafeImage;
import nl.rugzak.tenantadmin.media.SafeImages;
import nl.rugzak.tenantadmin.media.UnsafeImageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An optional picture per option (always with its alt text), re-encoded by {@link SafeImages}. Like the options
 * themselves, pictures are fixed once votes came in; the alt text is a text and may still be corrected.
 */
@Service
public class PollOptionImages {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ALT = 300;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final SafeImages safeImages;
    private final Polls polls;
    private final Clock clock;

    PollOptionImages(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
                     SafeImages safeImages, Polls polls, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.safeImages = safeImages;
        this.polls = polls;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void set(long optionId, byte[] upload, String altText) {
        long pollId = writablePollOf(optionId);
        Map<String, nl.rugzak.platform.content.FieldProblem> problems = new LinkedHashMap<>();
        String alt = PlainText.check(altText, "alt", "polls.field.alt", true, MAX_ALT, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPollException(problems);
        }
        lockWithoutVotes(pollId);
        SafeImage clean;
        try {
            clean = safeImages.raster(upload, MAX_BYTES);
        } catch (UnsafeImageException e) {
            throw new InvalidPollException(Map.of("image", FieldProblem.of(e)));
        }
        jdbc.sql("UPDATE poll_option SET image_type = ?, image_bytes = ?, image_alt = ? WHERE id = ?")
                .params(clean.contentType(), clean.bytes(), alt, optionId).update();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void remove(long optionId) {
        long pollId = writablePollOf(optionId);
        lockWithoutVotes(pollId);
        jdbc.sql("UPDATE poll_option SET image_type = NULL, image_bytes = NULL, image_alt = NULL WHERE id = ?")
                .param(optionId).update();
    }

    /** The picture, if its poll is public (or the visitor is an editor). */
    @Transactional(readOnly = true)
    public Optional<ImageBytes> bytes(long optionId) {
        if (!modules.isEnabled(PollsModule.ID)) {
            return Optional.empty();
        }
        boolean editor = currentUser.visitor().map(CurrentUser.Visitor::canEdit).orElse(false);
        return jdbc.sql("""
                        SELECT o.poll_id, o.image_bytes, o.image_type FROM poll_option o
                         WHERE o.id = ? AND o.image_bytes IS NOT NULL""").param(optionId)
                .query((rs, n) -> new Object[] {rs.getLong(1), new ImageBytes(rs.getBytes(2), rs.getString(3))})
                .optional()
                .filter(row -> editor || polls.row((Long) row[0])
                        .map(r -> r.status(clock.instant()).isPublic()).orElse(false))
                .map(row -> (ImageBytes) row[1]);
    }

    private long writablePollOf(long optionId) {
        modules.require(PollsModule.ID);
        currentUser.require();
        writeGuard.requireWritable();
        return jdbc.sql("SELECT poll_id FROM poll_option WHERE id = ?").param(optionId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("peiling"));
    }

    private void lockWithoutVotes(long pollId) {
        boolean voted = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM poll_vote WHERE poll_id = p.id)
                          FROM poll p WHERE p.id = ? FOR UPDATE""").param(pollId).query(Boolean.class).single();
        if (voted) {
            throw new InvalidPollException("polls.rules-frozen");
        }
    }
}
