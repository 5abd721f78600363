package nl.rugzak.platform.participation.ideas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import nl.rugzak.platform.participation.CountQueries;
import nl.rugzak.platform.participation.ParticipationCounts;
import nl.rugzak.platform.participation.projects.ProjectPhases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ideas and supports per project phase, for the dashboards; phase titles come from the projects module. */
@Component
class IdeaCounts implements ParticipationCounts {

    private final JdbcClient jdbc;
    private final ProjectPhases phases;

    IdeaCounts(JdbcClient jdbc, ProjectPhases phases) {
        this.jdbc = jdbc;
        this.phases = phases;
    }

    @Override
    public List<DailyCount> daily(LocalDate from) {
        return CountQueries.daily(jdbc, """
                SELECT day, kind, project_id, phase_id, count(*) FROM (
                  SELECT %s AS day, 'idea' AS kind, p.project_id, p.phase_id
                    FROM idea i JOIN idea_phase p ON p.phase_id = i.phase_id
                  UNION ALL
                  SELECT %s, 'support', p.project_id, p.phase_id
                    FROM idea_support s JOIN idea i ON i.id = s.idea_id JOIN idea_phase p ON p.phase_id = i.phase_id) c
                 WHERE day >= ? GROUP BY day, kind, project_id, phase_id""".formatted(CountQueries.day("i.created_at"),
                CountQueries.day("s.created_at")), from);
    }

    @Override
    public Set<Long> activeSince(Instant since) {
        return CountQueries.residents(jdbc, """
                SELECT owner_id FROM idea WHERE owner_id IS NOT NULL AND created_at >= ?
                UNION SELECT resident_id FROM idea_support WHERE created_at >= ?""", since);
    }

    @Override
    public List<PhaseTitle> phaseTitles(Collection<Long> phaseIds) {
        return phaseIds.stream().flatMap(id -> phases.find(id).stream())
                .map(phase -> new PhaseTitle(phase.projectId(), phase.phaseId(), phase.projectTitle(), phase.title()))
                .toList();
    }
}
