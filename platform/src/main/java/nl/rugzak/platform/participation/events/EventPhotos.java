package nl.rugzak.platform.participation.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
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
 * Photos with an event's report: what happened, shown on the event page once it took place. Staff add them after the
 * start; uploads are judged by content, size-limited and re-encoded without metadata through {@link SafeImages}, and
 * each needs a description for who cannot see it.
 */
@Service
public class EventPhotos {

    public static final int MAX_PHOTOS = 8;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ALT = 300;

    public record Photo(long id, String altText, int width, int height) {
        public String url() {
            return "/beeld/bijeenkomst/" + id;
        }
    }

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final TenantWriteGuard writeGuard;
    private final SafeImages safeImages;
    private final Clock clock;

    EventPhotos(JdbcClient jdbc, EnabledModules modules, TenantWriteGuard writeGuard, SafeImages safeImages,
                Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.writeGuard = writeGuard;
        this.safeImages = safeImages;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public long add(long eventId, byte[] upload, String altText) {
        modules.require(EventsModule.ID);
        writeGuard.requireWritable();
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            throw new InvalidEventException(Map.of("alt", FieldProblem.textKey("events.photos.alt-empty")));
        }
        if (alt.length() > MAX_ALT) {
            throw new InvalidEventException(Map.of("alt", FieldProblem.textKey("events.photos.alt-too-long", MAX_ALT,
                    alt.length())));
        }
        // Serialised per event, so two simultaneous uploads cannot pass the limit together.
        Timestamp startsAt = jdbc.sql("SELECT starts_at FROM event WHERE id = ? FOR UPDATE").param(eventId)
                .query(Timestamp.class).optional().orElseThrow(() -> new NotFoundException("bijeenkomst"));
        if (startsAt.toInstant().isAfter(clock.instant())) {
            throw new InvalidEventException("events.report.not-yet");
        }
        int count = jdbc.sql("SELECT count(*) FROM event_photo WHERE event_id = ?").param(eventId)
                .query(Integer.class).single();
        if (count >= MAX_PHOTOS) {
            throw new InvalidEventException(Map.of("photos", FieldProblem.textKey("events.photos.too-many", MAX_PHOTOS)));
        }
        SafeImage clean;
        try {
            clean = safeImages.raster(upload, MAX_BYTES);
        } catch (UnsafeImageException e) {
            throw new InvalidEventException(Map.of("photos", FieldProblem.of(e)));
        }
        return store(eventId, count, clean, alt);
    }

    /**
     * Keeps a photo already cleaned by {@link SafeImages} at {@code position} of the event's report: where staff
     * uploads end up after {@link #add}'s checks, and the demo's report photo too.
     */
    long store(long eventId, int position, SafeImage clean, String alt) {
        return jdbc.sql("""
                        INSERT INTO event_photo (event_id, position, content_type, bytes, alt_text, width, height)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(eventId, position, clean.contentType(), clean.bytes(), alt, clean.width(), clean.height())
                .query(Long.class).single();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void remove(long photoId) {
        modules.require(EventsModule.ID);
        writeGuard.requireWritable();
        if (jdbc.sql("DELETE FROM event_photo WHERE id = ?").param(photoId).update() == 0) {
            throw new NotFoundException("foto");
        }
    }

    /** The report's photos in order: events are public, and so is what happened at them. */
    @Transactional(readOnly = true)
    public List<Photo> of(long eventId) {
        modules.require(EventsModule.ID);
        return jdbc.sql("SELECT id, alt_text, width, height FROM event_photo WHERE event_id = ? ORDER BY position, id")
                .param(eventId)
                .query((rs, row) -> new Photo(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    @Transactional(readOnly = true)
    public Optional<ImageBytes> bytes(long photoId) {
        if (!modules.isEnabled(EventsModule.ID)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT bytes, content_type FROM event_photo WHERE id = ?").param(photoId)
                .query((rs, row) -> new ImageBytes(rs.getBytes(1), rs.getString(2))).optional();
    }
}
