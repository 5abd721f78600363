package nl.rugzak.platform.site;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an uploaded image leaves the server: only the type it was re-encoded to, never sniffed, never as a page, and
 * kept in private caches only (a hidden item's image must not linger in a shared cache).
 */
public final class ImageResponses {

    private ImageResponses() {
    }

    public static ResponseEntity<byte[]> of(byte[] bytes, String contentType) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline")
                .body(bytes);
    }

    public static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.notFound().header("X-Content-Type-Options", "nosniff").build();
    }
}
