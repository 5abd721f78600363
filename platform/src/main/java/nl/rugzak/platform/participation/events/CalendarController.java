package nl.rugzak.platform.participation.events;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's subscribable calendar ({@code /agenda.ics}: public, never an online link) and one event's file for
 * "zet in agenda" ({@code /agenda/<id>.ics}: with the online link only for a visitor who may see it on the page).
 * Another municipality's event, or a switched-off module, is a plain 404.
 */
@RestController
class CalendarController {

    static final int FEED_PAST_DAYS = 90;
    static final int FEED_LIMIT = 2_000;
    static final int MAX_CACHED_FEEDS = 200;

    /** The last written feed per municipality (by slug), with what it was written from. */
    private record WrittenFeed(String version, String body) {
    }

    private final java.util.Map<String, WrittenFeed> feeds = new java.util.concurrent.ConcurrentHashMap<>();

    private final Events events;
    private final EnabledModules modules;
    private final TenantRegistry registry;
    private final SafeMarkdown markdown;
    private final SiteLanguages languages;
    private final Clock clock;

    CalendarController(Events events, EnabledModules modules, TenantRegistry registry, SafeMarkdown markdown,
                       SiteLanguages languages, Clock clock) {
        this.events = events;
        this.modules = modules;
        this.registry = registry;
        this.markdown = markdown;
        this.languages = languages;
        this.clock = clock;
    }

    @GetMapping("/agenda.ics")
    ResponseEntity<String> feed(HttpServletRequest request) {
        Optional<EventCalendar.Site> site = site(request);
        if (site.isEmpty()) {
            return notFound();
        }
        // Calendar programs poll the feed; it is written again only when its events changed.
        String version = site.get().slug() + "|" + site.get().baseUrl() + "|" + site.get().language() + "|"
                + events.feedVersion(FEED_PAST_DAYS);
        WrittenFeed written = feeds.get(site.get().slug());
        if (written == null || !written.version().equals(version)) {
            written = new WrittenFeed(version, EventCalendar.write(site.get(), events.feed(FEED_PAST_DAYS, FEED_LIMIT), markdown));
            if (feeds.size() > MAX_CACHED_FEEDS) {
                feeds.clear();
            }
            feeds.put(site.get().slug(), written);
        }
        return calendar(written.body(), "agenda.ics", CacheControl.noCache());
    }

    @GetMapping("/agenda/{id:\\d{1,18}}.ics")
    ResponseEntity<String> event(HttpServletRequest request, @PathVariable long id) {
        Optional<EventCalendar.Site> site = site(request);
        if (site.isEmpty()) {
            return notFound();
        }
        CalendarEntry entry;
        try {
            entry = events.calendarEntry(id);
        } catch (NotFoundException e) {
            return notFound();
        }
        // A file with a personal link must not sit in a shared cache.
        return calendar(EventCalendar.write(site.get(), List.of(entry), markdown), "bijeenkomst-" + id + ".ics",
                CacheControl.noStore().cachePrivate());
    }

    private Optional<EventCalendar.Site> site(HttpServletRequest request) {
        Optional<Tenant> tenant = TenantContext.current().flatMap(registry::find);
        if (tenant.isEmpty() || !modules.isEnabled(EventsModule.ID)) {
            return Optional.empty();
        }
        String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        // A calendar program has no language choice: the file speaks the site's default language.
        return Optional.of(new EventCalendar.Site(baseUrl, tenant.get().id().slug(), tenant.get().displayName(),
                clock.getZone(), languages.offered().getFirst()));
    }

    private static ResponseEntity<String> calendar(String body, String fileName, CacheControl cache) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(EventCalendar.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").cacheControl(cache).body(body);
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.notFound().header("X-Content-Type-Options", "nosniff").build();
    }
}
