package nl.rugzak.platform.participation.initiatives;

import java.util.Optional;
import java.util.regex.Pattern;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.sharing.PageMeta;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An initiative's preview for social media: only a public, visible initiative of this tenant (the query runs in the
 * tenant's own schema) is described; its owner or staff being logged in changes nothing.
 */
@Component
class InitiativePageDescriber implements SharedPageDescriber {

    private static final Pattern PATH = Pattern.compile("/initiatieven/(\\d{1,18})/?");

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    InitiativePageDescriber(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        var match = PATH.matcher(path);
        if (!match.matches() || !modules.isEnabled(InitiativesModule.ID)) {
            return Optional.empty();
        }
        long id = Long.parseLong(match.group(1));
        return jdbc.sql("""
                        SELECT i.title, i.summary, m.id AS image_id, m.alt_text
                          FROM initiative i
                          LEFT JOIN LATERAL (SELECT id, alt_text FROM initiative_image WHERE initiative_id = i.id
                                              ORDER BY position, id LIMIT 1) m ON true
                         WHERE i.id = ? AND NOT i.hidden AND i.status NOT IN ('DRAFT', 'SUBMITTED')""")
                .param(id)
                .query((rs, row) -> {
                    long image = rs.getLong("image_id");
                    boolean hasImage = !rs.wasNull();
                    return new PageMeta(rs.getString("title"), rs.getString("summary"), "/initiatieven/" + id,
                            hasImage ? "/beeld/initiatief/" + image : null, hasImage ? rs.getString("alt_text") : null);
                }).optional();
    }
}
