package nl.rugzak.platform.participation.ideas;

import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a verdict: visible open ideas that reached their phase's support threshold (and, in a phase without
 * a threshold, those under review), most supported first.
 */
@Service
public class IdeaVerdicts {

    private static final String WAITING = """
            FROM idea i JOIN idea_phase p ON p.phase_id = i.phase_id
             WHERE NOT i.hidden AND NOT i.waiting
               AND ((i.status = 'OPEN' AND p.support_threshold IS NOT NULL AND i.support_count >= p.support_threshold)
                    OR i.status = 'UNDER_REVIEW')""";

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    IdeaVerdicts(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public long waitingCount() {
        modules.require(IdeasModule.ID);
        return jdbc.sql("SELECT count(*) " + WAITING).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<IdeaCard> waiting() {
        modules.require(IdeasModule.ID);
        return jdbc.sql("""
                        SELECT i.id, p.project_id, i.title, i.description, i.place, i.category, i.status, i.support_count,
                               p.support_threshold, i.hidden, i.waiting, i.image_bytes IS NOT NULL AS has_image,
                               i.image_alt, i.created_at, i.updated_at """ + WAITING
                        + " ORDER BY i.support_count DESC, i.id LIMIT 200")
                .query(Ideas::card).list();
    }
}
