package nl.rugzak.platform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the gate checked, for people: {@code target/accessibility/automated-check.json} after every check. While
 * nothing has failed, the same file is kept in the app's resources
 * ({@code src/main/resources/accessibility/automated-check.json}), where the accessibility statement template reads
 * it. A run of some journeys replaces those journeys' entries there and keeps the others, so running one browser
 * test does not shrink the record; commit it after a browser run.
 */
final class GateReport {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<Map<String, Object>> PAGES = new ArrayList<>();
    private static final List<Map<String, Object>> KEYBOARD = new ArrayList<>();
    private static String engine = "";
    private static int failures;
    private static final Path KEPT = Path.of("src", "main", "resources", "accessibility", "automated-check.json");
    private static final JsonNode BEFORE = readKept();

    private GateReport() {
    }

    static synchronized void record(String journey, String state, String page, Results axe, int problems) {
        engine = axe.getTestEngine() == null ? engine : "axe-core " + axe.getTestEngine().getVersion();
        Map<String, Object> entry = entry(journey, state, page);
        entry.put("rulesPassed", axe.getPasses().size());
        entry.put("needsReview", axe.getIncomplete().size());
        entry.put("violations", axe.getViolations().size());
        entry.put("problems", problems);
        PAGES.add(entry);
        failures += problems;
        write();
    }

    static synchronized void keyboard(String journey, String state, String page, int stops, int problems) {
        Map<String, Object> entry = entry(journey, state, page);
        entry.put("tabStops", stops);
        entry.put("problems", problems);
        KEYBOARD.add(entry);
        failures += problems;
        write();
    }

    private static Map<String, Object> entry(String journey, String state, String page) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("journey", journey);
        entry.put("state", state);
        // Keycloak's address carries a fresh state and nonce on every run; they say nothing about the page.
        entry.put("page", page.startsWith("/realms/") && page.contains("?") ? page.substring(0, page.indexOf('?')) : page);
        entry.put("checkedOn", today());
        return entry;
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    private static void write() {
        try {
            Path target = Path.of("target", "accessibility", "automated-check.json");
            Files.createDirectories(target.getParent());
            Files.writeString(target, JSON.writeValueAsString(report(today(), PAGES, KEYBOARD)));
            if (failures == 0 && Files.isDirectory(KEPT.getParent().getParent())) {
                Files.createDirectories(KEPT.getParent());
                List<Object> pages = withEarlier("pages", PAGES);
                List<Object> keyboard = withEarlier("keyboard", KEYBOARD);
                // The record is as old as its oldest entry.
                String checkedOn = pages.size() + keyboard.size() > PAGES.size() + KEYBOARD.size()
                        ? BEFORE.path("checkedOn").asString(today()) : today();
                Files.writeString(KEPT, JSON.writeValueAsString(report(checkedOn, pages, keyboard)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> report(String checkedOn, List<?> pages, List<?> keyboard) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("checkedOn", checkedOn);
        report.put("engine", engine);
        report.put("browser", "Chromium (headless)");
        report.put("standard", "WCAG 2.2 level A and AA (axe-core tags " + String.join(", ", AccessibilityGate.TAGS) + ")");
        report.put("pagesChecked", pages.size());
        report.put("failures", failures);
        report.put("pages", pages);
        report.put("keyboard", keyboard);
        return report;
    }

    /** The kept entries of journeys this run did not take, then this run's. */
    private static List<Object> withEarlier(String section, List<Map<String, Object>> now) {
        Set<Object> journeysNow = new HashSet<>();
        PAGES.forEach(entry -> journeysNow.add(entry.get("journey")));
        KEYBOARD.forEach(entry -> journeysNow.add(entry.get("journey")));
        List<Object> merged = new ArrayList<>();
        for (JsonNode earlier : BEFORE.path(section)) {
            if (!journeysNow.contains(earlier.path("journey").asString(""))) {
                merged.add(earlier);
            }
        }
        merged.addAll(now);
        return merged;
    }

    private static JsonNode readKept() {
        try {
            return Files.isRegularFile(KEPT) ? JSON.readTree(KEPT.toFile()) : JSON.createObjectNode();
        } catch (RuntimeException e) {
            // An unreadable earlier record is replaced by this run's, not merged.
            return JSON.createObjectNode();
        }
    }
}
