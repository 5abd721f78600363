package nl.rugzak.platform.theming;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.ThemeAsset;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's stylesheet and images, only for the tenant of the request's host: another tenant's stylesheet or
 * image, asked for at this host, does not exist here (404). Both are addressed by a hash of their content, so they
 * are cached for a year; the ETag lets a revalidating browser get a 304.
 */
@RestController
class ThemeResources {

    static final String STYLESHEET = "/huisstijl/thema-{hash}.css";
    static final String ASSET = "/huisstijl/bestand/{file}";
    private static final Pattern ASSET_FILE = Pattern.compile("([0-9a-f]{64})\\.(png|jpg|svg)");
    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final ThemeStore themes;

    ThemeResources(ThemeStore themes) {
        this.themes = themes;
    }

    @GetMapping(STYLESHEET)
    ResponseEntity<String> stylesheet(@PathVariable String hash,
                                      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Optional<PublishedTheme> theme = TenantContext.current().flatMap(themes::published)
                .filter(t -> t.cssHash().equals(hash));
        if (theme.isEmpty()) {
            return notFound();
        }
        String etag = "\"" + theme.get().cssHash() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(FOREVER).header("X-Content-Type-Options", "nosniff").build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
                .eTag(etag)
                .cacheControl(FOREVER)
                .header("X-Content-Type-Options", "nosniff")
                .body(theme.get().css());
    }

    @GetMapping(ASSET)
    ResponseEntity<byte[]> asset(@PathVariable String file,
                                 @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Matcher name = ASSET_FILE.matcher(file);
        if (!name.matches() || TenantContext.current().isEmpty()) {
            return notFound();
        }
        Optional<ThemeAsset> asset = themes.asset(TenantContext.require(), name.group(1))
                .filter(a -> a.path().endsWith("/" + file));
        if (asset.isEmpty()) {
            return notFound();
        }
        String etag = "\"" + asset.get().sha256() + "\"";
        var response = ResponseEntity.status(etag.equals(ifNoneMatch) ? 304 : 200)
                .eTag(etag)
                .cacheControl(FOREVER)
                .header("X-Content-Type-Options", "nosniff")
                // An SVG opened on its own runs no script and loads nothing, even if the sanitiser missed something.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .contentType(MediaType.parseMediaType(asset.get().contentType()));
        return etag.equals(ifNoneMatch) ? response.build() : response.body(asset.get().bytes());
    }

    private static <T> ResponseEntity<T> notFound() {
        return ResponseEntity.status(404).header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noStore()).build();
    }
}
