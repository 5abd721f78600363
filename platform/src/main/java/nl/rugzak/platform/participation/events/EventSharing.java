package nl.rugzak.platform.participation.events;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.sharing.PageMeta;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import nl.rugzak.platform.widget.WidgetSource;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Events where they travel beyond the site: a shared link's preview and the embeddable widget. Both are public, so
 * both say when and where, and never give the online link.
 */
@Component
class EventSharing implements SharedPageDescriber, WidgetSource {

    private static final Pattern PATH = Pattern.compile("/agenda/(\\d{1,18})/?");

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final Events events;
    private final SafeMarkdown markdown;
    private final SiteLanguages languages;

    EventSharing(JdbcClient jdbc, EnabledModules modules, Events events, SafeMarkdown markdown, SiteLanguages languages) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.events = events;
        this.markdown = markdown;
        this.languages = languages;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        var match = PATH.matcher(path);
        if (!match.matches() || !modules.isEnabled(EventsModule.ID)) {
            return Optional.empty();
        }
        long id = Long.parseLong(match.group(1));
        return jdbc.sql("SELECT title, description, starts_at, address FROM event WHERE id = ?").param(id)
                .query((rs, row) -> {
                    String when = nl.rugzak.tenantadmin.time.Dates.moment(rs.getTimestamp(3).toInstant(), languages.offered().getFirst());
                    String where = rs.getString(4) == null ? "" : " · " + rs.getString(4);
                    String text = when + where + ". " + markdown.plain(rs.getString(2), PageMeta.MAX_DESCRIPTION);
                    return new PageMeta(rs.getString(1), text.length() > PageMeta.MAX_DESCRIPTION
                            ? text.substring(0, PageMeta.MAX_DESCRIPTION) : text, "/agenda/" + id, null, null);
                }).optional();
    }

    @Override
    public String kind() {
        return "agenda";
    }

    @Override
    public String module() {
        return EventsModule.ID;
    }

    @Override
    public String heading() {
        // An embedded widget has no language choice of its own: it speaks the site's default language.
        return Texts.get(languages.offered().getFirst(), "events.widget.heading");
    }

    @Override
    public String overviewPath() {
        return "/agenda";
    }

    /** The next events (the widget's "date" is when they start). */
    @Override
    public List<Item> latest(int count) {
        var language = languages.offered().getFirst();
        return events.upcoming(count).stream()
                .map(card -> new Item(card.title(), card.address() != null ? card.address()
                        : Texts.get(language, "events.online"), card.link(), card.startsAt())).toList();
    }
}
