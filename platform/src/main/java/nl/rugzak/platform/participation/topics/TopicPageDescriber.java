package nl.rugzak.platform.participation.topics;

import java.util.Optional;
import java.util.regex.Pattern;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.sharing.PageMeta;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A policy topic's preview for social media; topics are public as soon as they exist. */
@Component
class TopicPageDescriber implements SharedPageDescriber {

    private static final Pattern PATH = Pattern.compile("/themas/(\\d{1,18})/?");

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    TopicPageDescriber(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        var match = PATH.matcher(path);
        if (!match.matches() || !modules.isEnabled(TopicsModule.ID)) {
            return Optional.empty();
        }
        long id = Long.parseLong(match.group(1));
        return jdbc.sql("SELECT title, summary FROM policy_topic WHERE id = ?").param(id)
                .query((rs, row) -> new PageMeta(rs.getString(1), rs.getString(2), "/themas/" + id, null, null))
                .optional();
    }
}
