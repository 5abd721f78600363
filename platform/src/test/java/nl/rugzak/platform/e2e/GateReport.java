package nl.rugzak.platform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the gate checked, for people: {@code target/accessibility/automated-check.json} after every check. While
 * nothing has failed, the same file is kept in the app's resources
 * ({@code src/main/resources/accessibility/automated-check.json}), where the accessibility statement template reads
 * it; commit it after a full browser run.
 */
final class GateReport {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<Map<String, Object>> PAGES = new ArrayList<>();
    private static final List<Map<String, Object>> KEYBOARD = new ArrayList<>();
    private static String engine = "";
    private static int failures;

    private GateReport() {
    }

    static synchronized void record(String journey, String state, String page, Results axe, int problems) {
        engine = axe.getTestEngine() == null ? engine : "axe-core " + axe.getTestEngine().getVersion();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("journey", journey);
        entry.put("state", state);
        entry.put("page", page);
        entry.put("rulesPassed", axe.getPasses().size());
        entry.put("needsReview", axe.getIncomplete().size());
        entry.put("violations", axe.getViolations().size());
        entry.put("problems", problems);
        PAGES.add(entry);
        failures += problems;
        write();
    }

    static synchronized void keyboard(String journey, String state, String page, int stops, int problems) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("journey", journey);
        entry.put("state", state);
        entry.put("page", page);
        entry.put("tabStops", stops);
        entry.put("problems", problems);
        KEYBOARD.add(entry);
        failures += problems;
        write();
    }

    private static void write() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("checkedOn", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
        report.put("engine", engine);
        report.put("browser", "Chromium (headless)");
        report.put("standard", "WCAG 2.2 level A and AA (axe-core tags " + String.join(", ", AccessibilityGate.TAGS) + ")");
        report.put("pagesChecked", PAGES.size());
        report.put("failures", failures);
        report.put("pages", PAGES);
        report.put("keyboard", KEYBOARD);
        try {
            String json = JSON.writeValueAsString(report);
            Path target = Path.of("target", "accessibility", "automated-check.json");
            Files.createDirectories(target.getParent());
            Files.writeString(target, json);
            Path kept = Path.of("src", "main", "resources", "accessibility", "automated-check.json");
            if (failures == 0 && Files.isDirectory(Path.of("src", "main", "resources"))) {
                Files.createDirectories(kept.getParent());
                Files.writeString(kept, json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
