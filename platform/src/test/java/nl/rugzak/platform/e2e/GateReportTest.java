package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The kept record's merge, without a browser: what the accessibility statement will read after a run. */
class GateReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final JsonNode EARLIER_PASS = JSON.readTree("""
            {"checkedOn": "2026-11-20", "lastRun": "2026-11-20", "engine": "axe-core 4.11.1", "failures": 0,
             "pages": [{"journey": "resident", "state": "home", "page": "/", "checkedOn": "2026-11-20", "problems": 0},
                       {"journey": "lab", "state": "tenants", "page": "/", "checkedOn": "2026-11-20", "problems": 0}],
             "keyboard": [{"journey": "resident", "state": "home", "page": "/", "checkedOn": "2026-11-20",
                           "tabStops": 12, "problems": 0}],
             "findings": []}
            """);

    @Test
    void aFailingRunIsKeptWithItsFindingsAndIsTheLatestRun() {
        GateReport.Run run = new GateReport.Run();
        run.page("resident", "home", "/", "2026-11-26", 20, 0, 1,
                List.of("axe color-contrast (Elements must meet minimum color contrast) at [a.more]: <a class=\"more\">"));
        run.keyboard("resident", "home", "/", "2026-11-26", 12, List.of("no visible focus on: a.more"));

        JsonNode kept = JSON.valueToTree(GateReport.merge(EARLIER_PASS, run, "2026-11-26"));

        assertThat(kept.path("failures").asInt()).isEqualTo(2);
        assertThat(kept.path("lastRun").asString()).isEqualTo("2026-11-26");
        assertThat(kept.path("lastRunFailures").asInt()).isEqualTo(2);
        assertThat(kept.path("findings")).extracting(f -> f.path("finding").asString()).containsExactly(
                "axe color-contrast (Elements must meet minimum color contrast) at [a.more]: <a class=\"more\">",
                "no visible focus on: a.more");
        assertThat(kept.path("findings")).allSatisfy(f -> {
            assertThat(f.path("journey").asString()).isEqualTo("resident");
            assertThat(f.path("page").asString()).isEqualTo("/");
        });
        // The resident journey's earlier passing entries are replaced; the lab journey's are kept.
        assertThat(kept.path("pages")).extracting(p -> p.path("journey").asString() + "@" + p.path("checkedOn").asString())
                .containsExactly("lab@2026-11-20", "resident@2026-11-26");
        assertThat(kept.path("checkedOn").asString()).as("as old as its oldest entry").isEqualTo("2026-11-20");
    }

    @Test
    void aPassingRunOfAnotherJourneyKeepsAnEarlierJourneysUnsolvedFindings() {
        GateReport.Run failing = new GateReport.Run();
        failing.page("resident", "home", "/", "2026-11-26", 20, 0, 1, List.of("axe region at [div.x]"));
        JsonNode afterFailure = JSON.valueToTree(GateReport.merge(EARLIER_PASS, failing, "2026-11-26"));

        GateReport.Run passing = new GateReport.Run();
        passing.page("lab", "tenants", "/", "2026-11-27", 20, 0, 0, List.of());
        Map<String, Object> merged = GateReport.merge(afterFailure, passing, "2026-11-27");
        JsonNode kept = JSON.valueToTree(merged);

        assertThat(kept.path("failures").asInt()).isEqualTo(1);
        assertThat(kept.path("lastRunFailures").asInt()).isZero();
        assertThat(kept.path("findings")).extracting(f -> f.path("finding").asString()).containsExactly("axe region at [div.x]");

        GateReport.Run fixed = new GateReport.Run();
        fixed.page("resident", "home", "/", "2026-11-28", 21, 0, 0, List.of());
        JsonNode afterFix = JSON.valueToTree(GateReport.merge(kept, fixed, "2026-11-28"));
        assertThat(afterFix.path("failures").asInt()).isZero();
        assertThat(afterFix.path("findings")).isEmpty();
    }
}
