package nl.rugzak.platform.participation.projects;

import java.util.Optional;
import java.util.regex.Pattern;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.sharing.PageMeta;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A public project's preview for social media; a draft is never described, whoever is logged in. */
@Component
class ProjectPageDescriber implements SharedPageDescriber {

    private static final Pattern PATH = Pattern.compile("/projecten/(\\d{1,18})(?:/.*)?");

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    ProjectPageDescriber(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        var match = PATH.matcher(path);
        if (!match.matches() || !modules.isEnabled(ProjectsModule.ID)) {
            return Optional.empty();
        }
        long id = Long.parseLong(match.group(1));
        return jdbc.sql("""
                        SELECT title, summary, image_bytes IS NOT NULL AS has_image, image_alt, updated_at
                          FROM project WHERE id = ? AND status <> 'DRAFT'""")
                .param(id)
                .query((rs, row) -> {
                    boolean image = rs.getBoolean("has_image");
                    return new PageMeta(rs.getString("title"), rs.getString("summary"), "/projecten/" + id,
                            image ? ProjectImageController.url(id, rs.getTimestamp("updated_at").toInstant()) : null,
                            image ? rs.getString("image_alt") : null);
                }).optional();
    }
}
