package nl.rugzak.platform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import nl.rugzak.tenantadmin.time.Dates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the gate checked, for people: {@code target/accessibility/automated-check.json} after every check, and the
 * kept record in the app's resources ({@code src/main/resources/accessibility/automated-check.json}), which the
 * accessibility statement reads. A run of some journeys replaces those journeys' entries there and keeps the others,
 * so running one browser test does not shrink the record. A failing run is kept too, with its findings: otherwise
 * the statement would go on showing an earlier pass as the latest result. Commit the record after a browser run.
 */
final class GateReport {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Path KEPT = Path.of("src", "main", "resources", "accessibility", "automated-check.json");
    private static final JsonNode BEFORE = readKept(KEPT);
    private static final Run RUN = new Run();

    private GateReport() {
    }

    /** This run's entries so far. */
    static final class Run {
        String engine = "";
        final List<Map<String, Object>> pages = new ArrayList<>();
        final List<Map<String, Object>> keyboard = new ArrayList<>();
        final List<Map<String, Object>> findings = new ArrayList<>();

        void page(String journey, String state, String page, String today, int rulesPassed, int needsReview,
                  int violations, List<String> problems) {
            Map<String, Object> entry = entry(journey, state, page, today);
            entry.put("rulesPassed", rulesPassed);
            entry.put("needsReview", needsReview);
            entry.put("violations", violations);
            entry.put("problems", problems.size());
            pages.add(entry);
            found(journey, state, page, today, problems);
        }

        void keyboard(String journey, String state, String page, String today, int stops, List<String> problems) {
            Map<String, Object> entry = entry(journey, state, page, today);
            entry.put("tabStops", stops);
            entry.put("problems", problems.size());
            keyboard.add(entry);
            found(journey, state, page, today, problems);
        }

        private void found(String journey, String state, String page, String today, List<String> problems) {
            for (String problem : problems) {
                Map<String, Object> finding = entry(journey, state, page, today);
                finding.put("finding", problem);
                findings.add(finding);
            }
        }

        int failures() {
            return findings.size();
        }

        Set<String> journeys() {
            Set<String> journeys = new HashSet<>();
            pages.forEach(entry -> journeys.add((String) entry.get("journey")));
            keyboard.forEach(entry -> journeys.add((String) entry.get("journey")));
            return journeys;
        }
    }

    static synchronized void record(String journey, String state, String page, Results axe, List<String> problems) {
        RUN.engine = axe.getTestEngine() == null ? RUN.engine : "axe-core " + axe.getTestEngine().getVersion();
        RUN.page(journey, state, page, today(), axe.getPasses().size(), axe.getIncomplete().size(),
                axe.getViolations().size(), problems);
        write();
    }

    static synchronized void keyboard(String journey, String state, String page, int stops, List<String> problems) {
        RUN.keyboard(journey, state, page, today(), stops, problems);
        write();
    }

    private static Map<String, Object> entry(String journey, String state, String page, String today) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("journey", journey);
        entry.put("state", state);
        // Keycloak's address carries a fresh state and nonce on every run; they say nothing about the page.
        entry.put("page", page.startsWith("/realms/") && page.contains("?") ? page.substring(0, page.indexOf('?')) : page);
        entry.put("checkedOn", today);
        return entry;
    }

    private static String today() {
        return Dates.today(Clock.system(Dates.ZONE)).toString();
    }

    private static void write() {
        try {
            Path target = Path.of("target", "accessibility", "automated-check.json");
            Files.createDirectories(target.getParent());
            Files.writeString(target, JSON.writeValueAsString(merge(JSON.createObjectNode(), RUN, today())));
            if (Files.isDirectory(KEPT.getParent().getParent())) {
                Files.createDirectories(KEPT.getParent());
                Files.writeString(KEPT, JSON.writeValueAsString(merge(BEFORE, RUN, today())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The kept record after this run: entries (and findings) of journeys this run did not take stay, this run's
     * replace the rest. {@code failures} counts every finding in the record, so an earlier journey's unsolved
     * finding is not forgotten by a passing run of another journey; {@code lastRun} is always this run.
     */
    static Map<String, Object> merge(JsonNode before, Run run, String today) {
        Set<String> journeysNow = run.journeys();
        List<Object> pages = withEarlier(before, "pages", journeysNow, run.pages);
        List<Object> keyboard = withEarlier(before, "keyboard", journeysNow, run.keyboard);
        List<Object> findings = withEarlier(before, "findings", journeysNow, run.findings);
        boolean keptEarlier = pages.size() + keyboard.size() > run.pages.size() + run.keyboard.size();
        Map<String, Object> report = new LinkedHashMap<>();
        // The record is as old as its oldest entry.
        report.put("checkedOn", keptEarlier ? before.path("checkedOn").asString(today) : today);
        report.put("lastRun", today);
        report.put("lastRunFailures", run.failures());
        report.put("engine", run.engine.isEmpty() ? before.path("engine").asString("") : run.engine);
        report.put("browser", "Chromium (headless)");
        report.put("standard", "WCAG 2.2 level A and AA (axe-core tags " + String.join(", ", AccessibilityGate.TAGS) + ")");
        report.put("pagesChecked", pages.size());
        report.put("failures", findings.size());
        report.put("pages", pages);
        report.put("keyboard", keyboard);
        report.put("findings", findings);
        return report;
    }

    private static List<Object> withEarlier(JsonNode before, String section, Set<String> journeysNow,
                                            List<Map<String, Object>> now) {
        List<Object> merged = new ArrayList<>();
        for (JsonNode earlier : before.path(section)) {
            if (!journeysNow.contains(earlier.path("journey").asString(""))) {
                merged.add(earlier);
            }
        }
        merged.addAll(now);
        return merged;
    }

    static JsonNode readKept(Path kept) {
        try {
            return Files.isRegularFile(kept) ? JSON.readTree(kept.toFile()) : JSON.createObjectNode();
        } catch (RuntimeException e) {
            // An unreadable earlier record is replaced by this run's, not merged.
            return JSON.createObjectNode();
        }
    }
}
