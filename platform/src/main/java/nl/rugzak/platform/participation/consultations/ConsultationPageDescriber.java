package nl.rugzak.platform.participation.consultations;

import java.util.Optional;
import java.util.regex.Pattern;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.sharing.PageMeta;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A published consultation's preview for social media: its title and introduction, never a reaction (and so never a
 * formal view). Drafts and unknown ids get the site's generic tags.
 */
@Component
class ConsultationPageDescriber implements SharedPageDescriber {

    private static final Pattern PATH = Pattern.compile("/inspraak/(\\d{1,18})/?");

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    ConsultationPageDescriber(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        var match = PATH.matcher(path);
        if (!match.matches() || !modules.isEnabled(ConsultationsModule.ID)) {
            return Optional.empty();
        }
        long id = Long.parseLong(match.group(1));
        return jdbc.sql("SELECT title, introduction FROM consultation WHERE id = ? AND published_at IS NOT NULL").param(id)
                .query((rs, row) -> new PageMeta(rs.getString(1), rs.getString(2), "/inspraak/" + id, null, null))
                .optional();
    }
}
