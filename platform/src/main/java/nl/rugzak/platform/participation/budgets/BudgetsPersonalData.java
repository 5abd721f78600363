package nl.rugzak.platform.participation.budgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.mydata.PersonalDataHolder;
import nl.rugzak.platform.mydata.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Budgets' part of a resident's data: their ballots and what they chose. On erasure a draft goes (it never counted);
 * a submitted ballot stays without its voter, so the totals and the published results stay right.
 */
@Component
class BudgetsPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    BudgetsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long residentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("stembiljetten_begroting", PersonalRows.of(jdbc.sql("""
                        SELECT x.budget_id AS begroting_id, b.title AS begroting, x.status,
                               x.created_at AS begonnen_op, x.submitted_at AS ingestuurd_op,
                               (SELECT string_agg(p.title, '; ' ORDER BY p.id) FROM budget_ballot_choice c
                                  JOIN budget_project p ON p.id = c.project_id WHERE c.ballot_id = x.id) AS gekozen_projecten
                          FROM budget_ballot x JOIN budget b ON b.id = x.budget_id
                         WHERE x.resident_id = ? ORDER BY x.created_at, x.id""")
                .param(residentId).query().listOfRows()));
        return sections;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("DELETE FROM budget_ballot WHERE resident_id = ? AND status = 'DRAFT'").param(erasure.residentId())
                .update();
        jdbc.sql("UPDATE budget_ballot SET resident_id = NULL WHERE resident_id = ?").param(erasure.residentId())
                .update();
    }
}
