package nl.rugzak.platform.participation.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects keep two things about a resident: whether they confirmed a postcode here (and it, if they allowed it), and
 * which projects they follow.
 */
@Component
class ProjectsPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    ProjectsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("woonplaats_bevestigd", PersonalRows.of(jdbc.sql("""
                        SELECT local AS woont_in_gemeente, postcode, confirmed_at AS bevestigd_op
                          FROM project_local_resident WHERE resident_id = ?""")
                .param(residentId).query().listOfRows()));
        sections.put("gevolgde_projecten", PersonalRows.of(jdbc.sql("""
                        SELECT p.title AS project, f.created_at AS sinds
                          FROM project_follow f JOIN project p ON p.id = f.project_id
                         WHERE f.resident_id = ? ORDER BY f.created_at""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("DELETE FROM project_follow WHERE resident_id = ?").param(erasure.residentId()).update();
        jdbc.sql("DELETE FROM project_local_resident WHERE resident_id = ?").param(erasure.residentId()).update();
    }
}
