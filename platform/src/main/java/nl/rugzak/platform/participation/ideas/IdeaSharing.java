package nl.rugzak.platform.participation.ideas;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.sharing.PageMeta;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An idea's link preview and new ideas on the home page's latest activity: visible ideas of public projects only. */
@Component
class IdeaSharing implements SharedPageDescriber, ModuleActivity {

    private static final Pattern PATH = Pattern.compile("/projecten/\\d{1,18}/ideeen/(\\d{1,18})/?");

    private final IdeaPublicItems items;
    private final JdbcClient jdbc;
    private final EnabledModules modules;

    IdeaSharing(IdeaPublicItems items, JdbcClient jdbc, EnabledModules modules) {
        this.items = items;
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        var match = PATH.matcher(path);
        if (!match.matches()) {
            return Optional.empty();
        }
        return items.find(Long.parseLong(match.group(1))).filter(item -> item.link().equals(path.replaceAll("/$", "")))
                .map(item -> new PageMeta(item.title(), item.summary(), item.link(), item.imageUrl(), item.imageAlt()));
    }

    @Override
    public String module() {
        return IdeasModule.ID;
    }

    @Override
    public List<Activity> recent(int limit) {
        if (!modules.isEnabled(IdeasModule.ID)) {
            return List.of();
        }
        // A few more than asked, since ideas of projects that are not public are left out afterwards.
        return jdbc.sql("SELECT id FROM idea WHERE NOT hidden AND NOT waiting ORDER BY created_at DESC, id DESC LIMIT ?")
                .param(limit * 2).query(Long.class).list().stream()
                .flatMap(id -> items.find(id).stream()).limit(limit)
                .map((PublicItems.Item item) -> new Activity("ideas.activity.new", item.title(), item.link(), item.at()))
                .toList();
    }
}
