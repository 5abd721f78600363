package nl.rugzak.platform.participation.updates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds of the current host's municipality: all news, a topic's, an initiative's. Only public updates; an
 * unknown, hidden or other municipality's topic or initiative, or a switched-off module, is a plain 404.
 */
@RestController
class FeedController {

    static final int ENTRIES = 30;

    private final Updates updates;
    private final EnabledModules modules;
    private final TenantRegistry registry;
    private final SafeMarkdown markdown;
    private final UpdateRows rows;
    private final SiteLanguages languages;

    FeedController(Updates updates, EnabledModules modules, TenantRegistry registry, SafeMarkdown markdown,
                   UpdateRows rows, SiteLanguages languages) {
        this.languages = languages;
        this.updates = updates;
        this.modules = modules;
        this.registry = registry;
        this.markdown = markdown;
        this.rows = rows;
    }

    @GetMapping("/feeds/nieuws.atom")
    ResponseEntity<String> site(HttpServletRequest request) {
        return feed(request, UpdateTarget.SITE, "/feeds/nieuws.atom", "/nieuws");
    }

    @GetMapping("/feeds/thema/{id}.atom")
    ResponseEntity<String> topic(HttpServletRequest request, @PathVariable long id) {
        return feed(request, UpdateTarget.topic(id), "/feeds/thema/" + id + ".atom", "/themas/" + id);
    }

    @GetMapping("/feeds/initiatief/{id}.atom")
    ResponseEntity<String> initiative(HttpServletRequest request, @PathVariable long id) {
        return feed(request, UpdateTarget.initiative(id), "/feeds/initiatief/" + id + ".atom", "/initiatieven/" + id);
    }

    private ResponseEntity<String> feed(HttpServletRequest request, UpdateTarget target, String selfPath, String pagePath) {
        Optional<Tenant> tenant = TenantContext.current().flatMap(registry::find);
        if (tenant.isEmpty() || !modules.isEnabled(UpdatesModule.ID)) {
            return notFound();
        }
        Optional<String> about = updates.publicTargetTitle(target);
        if (about.isEmpty()) {
            return notFound();
        }
        List<NewsUpdate> entries;
        try {
            entries = updates.published(target, ENTRIES);
        } catch (NotFoundException e) {
            return notFound();
        }
        String name = tenant.get().displayName();
        String slug = tenant.get().id().slug();
        // A feed reader has no language choice: the feed speaks the site's default language.
        Locale language = languages.offered().getFirst();
        String title = about.get().isEmpty() ? Texts.get(language, "updates.feed.site-title", name)
                : Texts.get(language, "updates.feed.title", about.get(), name);
        // Tag URIs stay the same when the municipality changes its address.
        String feedId = "tag:rugzak.nl,2026:" + slug + selfPath;
        String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        String xml = AtomFeed.write(new AtomFeed.Head(feedId, title, name, baseUrl, selfPath, pagePath), entries,
                "tag:rugzak.nl,2026:" + slug + "/nieuws/", markdown, tenant.get().createdAt());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AtomFeed.CONTENT_TYPE))
                .header("X-Content-Type-Options", "nosniff").body(xml);
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.notFound().header("X-Content-Type-Options", "nosniff").build();
    }
}
