package nl.rugzak.platform.participation.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Projects keep one thing about a resident: whether they confirmed a postcode here (and it, if they allowed it). */
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
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("DELETE FROM project_local_resident WHERE resident_id = ?").param(erasure.residentId()).update();
    }
}
