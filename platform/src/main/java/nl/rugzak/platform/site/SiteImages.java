package nl.rugzak.platform.site;

import java.util.Optional;

import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.media.SafeImages;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Images of the site itself (the home page's introduction image), in the tenant's own schema. */
@Service
public class SiteImages {

    public static final String HOME_INTRO = "home-intro";
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public record StoredImage(long id, String altText, int width, int height) {
        public String url() {
            return "/beeld/site/" + id;
        }
    }

    public record ImageBytes(byte[] bytes, String contentType) {
    }

    private final JdbcClient jdbc;
    private final SafeImages safeImages;
    private final TenantWriteGuard writeGuard;

    public SiteImages(JdbcClient jdbc, SafeImages safeImages, TenantWriteGuard writeGuard) {
        this.jdbc = jdbc;
        this.safeImages = safeImages;
        this.writeGuard = writeGuard;
    }

    @Transactional(readOnly = true)
    public Optional<StoredImage> find(String purpose) {
        TenantContext.require();
        return jdbc.sql("SELECT id, alt_text, width, height FROM site_image WHERE purpose = ?").param(purpose)
                .query((rs, row) -> new StoredImage(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<ImageBytes> bytes(long id) {
        TenantContext.require();
        return jdbc.sql("SELECT bytes, content_type FROM site_image WHERE id = ?").param(id)
                .query((rs, row) -> new ImageBytes(rs.getBytes(1), rs.getString(2))).optional();
    }

    /** Replaces the image for this purpose; the upload is checked by its content and re-encoded without metadata. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public StoredImage replace(String purpose, byte[] upload, String altText) {
        TenantContext.require();
        writeGuard.requireWritable();
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty() || alt.length() > 300) {
            throw new UserFacingException("site.image.alt-invalid", 300);
        }
        var clean = safeImages.raster(upload, MAX_BYTES);
        jdbc.sql("""
                        INSERT INTO site_image (purpose, content_type, bytes, alt_text, width, height) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (purpose) DO UPDATE SET content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes,
                          alt_text = EXCLUDED.alt_text, width = EXCLUDED.width, height = EXCLUDED.height, updated_at = now()""")
                .params(purpose, clean.contentType(), clean.bytes(), alt, clean.width(), clean.height()).update();
        return find(purpose).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void remove(String purpose) {
        TenantContext.require();
        writeGuard.requireWritable();
        jdbc.sql("DELETE FROM site_image WHERE purpose = ?").param(purpose).update();
    }
}
