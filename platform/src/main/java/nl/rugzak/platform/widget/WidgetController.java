package nl.rugzak.platform.widget;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.sharing.PublicUrls;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.text.UserFacingException;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /widget/<kind>?aantal=5}: the latest public items of the host's tenant as a page to embed in an iframe on
 * the municipality's own website. Read-only and script-free; any site may frame it.
 */
@RestController
class WidgetController {

    static final String PATH = "/widget/";
    static final String POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; font-src 'self'; "
            + "frame-ancestors *; base-uri 'none'; form-action 'none'";

    private final Widgets widgets;
    private final PublicUrls urls;
    private final ThemeStore themes;
    private final SiteLanguages languages;

    WidgetController(Widgets widgets, PublicUrls urls, ThemeStore themes, SiteLanguages languages) {
        this.widgets = widgets;
        this.urls = urls;
        this.themes = themes;
        this.languages = languages;
    }

    @GetMapping(PATH + "{kind}")
    ResponseEntity<String> widget(@PathVariable String kind, @RequestParam(name = "aantal", required = false) String aantal,
                                  HttpServletRequest request) {
        Optional<Tenant> tenant = urls.tenant();
        Locale language = languages.resolve(request);
        Optional<WidgetSource> source = tenant.isEmpty() ? Optional.empty() : widgets.find(kind);
        if (source.isEmpty()) {
            return plain(HttpStatus.NOT_FOUND, Texts.get(language, "widget.not-found"));
        }
        WidgetOptions options;
        try {
            options = WidgetOptions.parse(aantal);
        } catch (UserFacingException e) {
            return plain(HttpStatus.BAD_REQUEST, e.messageIn(language));
        }
        String site = urls.absolute("").orElse("");
        String stylesheet = TenantContext.current().flatMap(themes::published).map(PublishedTheme::stylesheetPath)
                .orElse(null);
        String html = WidgetPage.render(language, tenant.get().displayName(), site, stylesheet, source.get(),
                source.get().latest(options.count()));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", POLICY)
                .header("Cache-Control", "public, max-age=60")
                .body(html);
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", POLICY)
                .body(message);
    }
}
