package nl.rugzak.platform.participation.updates;

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
 * News where it travels beyond the site: the preview of an update's page when its link is shared, and the latest
 * news in the embeddable widget. Only public updates, whoever asks.
 */
@Component
class UpdateSharing implements SharedPageDescriber, WidgetSource {

    private static final Pattern PATH = Pattern.compile("/nieuws/(\\d{1,18})/?");

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final UpdateRows rows;
    private final Updates updates;
    private final SafeMarkdown markdown;
    private final SiteLanguages languages;

    UpdateSharing(JdbcClient jdbc, EnabledModules modules, UpdateRows rows, Updates updates, SafeMarkdown markdown,
                  SiteLanguages languages) {
        this.languages = languages;
        this.jdbc = jdbc;
        this.modules = modules;
        this.rows = rows;
        this.updates = updates;
        this.markdown = markdown;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        var match = PATH.matcher(path);
        if (!match.matches() || !modules.isEnabled(UpdatesModule.ID)) {
            return Optional.empty();
        }
        long id = Long.parseLong(match.group(1));
        return jdbc.sql(UpdateRows.select() + " WHERE u.id = :id AND " + UpdateRows.PUBLIC)
                .params(rows.publicParams()).param("id", id).query(rows::map).optional()
                .map(update -> new PageMeta(update.title(), markdown.plain(update.body(), PageMeta.MAX_DESCRIPTION),
                        "/nieuws/" + update.id(), update.imageUrl(), update.imageAlt()));
    }

    @Override
    public String kind() {
        return "nieuws";
    }

    @Override
    public String module() {
        return UpdatesModule.ID;
    }

    @Override
    public String heading() {
        // An embedded widget has no language choice of its own: it speaks the site's default language.
        return Texts.get(languages.offered().getFirst(), "updates.widget.heading");
    }

    @Override
    public String overviewPath() {
        return "/nieuws";
    }

    @Override
    public List<Item> latest(int count) {
        return updates.published(UpdateTarget.SITE, count).stream()
                .map(update -> new Item(update.title(), markdown.plain(update.body(), 200), "/nieuws/" + update.id(),
                        update.publishAt())).toList();
    }
}
