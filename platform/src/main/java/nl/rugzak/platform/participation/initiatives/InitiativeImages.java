package nl.rugzak.platform.participation.initiatives;

import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.platform.site.SiteImages.ImageBytes;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.media.SafeImage;
import nl.rugzak.tenantadmin.media.SafeImages;
import nl.rugzak.tenantadmin.media.UnsafeImageException;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Up to five photos per initiative, added by its owner. Uploads are judged by their content, size-limited and
 * re-encoded without metadata (no location from a phone's EXIF ends up on the site); an image is served only to
 * whoever may read its initiative.
 */
@Service
public class InitiativeImages {

    public static final int MAX_IMAGES = 5;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ALT = 300;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final SafeImages safeImages;
    private final InitiativeReader reader;

    InitiativeImages(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
                     SafeImages safeImages, InitiativeReader reader) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.safeImages = safeImages;
        this.reader = reader;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long add(long initiativeId, byte[] upload, String altText) {
        modules.require(InitiativesModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        requireOwner(initiativeId, me);
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            throw new InvalidInitiativeException(Map.of("alt", FieldProblem.textKey("initiatives.images.alt-empty")));
        }
        if (alt.length() > MAX_ALT) {
            throw new InvalidInitiativeException(Map.of("alt",
                    FieldProblem.textKey("initiatives.images.alt-too-long", MAX_ALT, alt.length())));
        }
        // Serialised per initiative, so two simultaneous uploads cannot make six.
        jdbc.sql("SELECT id FROM initiative WHERE id = ? FOR UPDATE").param(initiativeId).query(Long.class).single();
        int count = jdbc.sql("SELECT count(*) FROM initiative_image WHERE initiative_id = ?").param(initiativeId)
                .query(Integer.class).single();
        if (count >= MAX_IMAGES) {
            throw new InvalidInitiativeException(Map.of("images", FieldProblem.textKey("initiatives.images.too-many", MAX_IMAGES)));
        }
        SafeImage clean;
        try {
            clean = safeImages.raster(upload, MAX_BYTES);
        } catch (UnsafeImageException e) {
            throw new InvalidInitiativeException(Map.of("images", FieldProblem.of(e)));
        }
        return jdbc.sql("""
                        INSERT INTO initiative_image (initiative_id, position, content_type, bytes, alt_text, width, height)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(initiativeId, count, clean.contentType(), clean.bytes(), alt, clean.width(), clean.height())
                .query(Long.class).single();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void remove(long imageId) {
        modules.require(InitiativesModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        long initiativeId = jdbc.sql("SELECT initiative_id FROM initiative_image WHERE id = ?").param(imageId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("initiatief"));
        requireOwner(initiativeId, me);
        jdbc.sql("DELETE FROM initiative_image WHERE id = ?").param(imageId).update();
    }

    /** The image, if whoever asks may read its initiative. */
    @Transactional(readOnly = true)
    public Optional<ImageBytes> bytes(long imageId) {
        if (!modules.isEnabled(InitiativesModule.ID)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT initiative_id, bytes, content_type FROM initiative_image WHERE id = ?").param(imageId)
                .query((rs, row) -> new Object[] {rs.getLong(1), new ImageBytes(rs.getBytes(2), rs.getString(3))})
                .optional()
                .filter(row -> reader.mayRead((Long) row[0], currentUser.visitor().orElse(null)))
                .map(row -> (ImageBytes) row[1]);
    }

    private void requireOwner(long initiativeId, Visitor me) {
        Long owner = jdbc.sql("SELECT owner_id FROM initiative WHERE id = ?").param(initiativeId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("initiatief"));
        if (owner == null || owner != me.residentId()) {
            if (!reader.mayRead(initiativeId, me)) {
                throw new NotFoundException("onderdeel");
            }
            throw new AccessDeniedException(Texts.dutch("initiatives.images.owner-only"));
        }
    }
}
