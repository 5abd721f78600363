package nl.rugzak.platform.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latest automated accessibility check of this build: the browser tests write it
 * ({@code accessibility/automated-check.json}) after every page and state they checked, failing or not, and it
 * ships with the app. {@code checkedOn} is the day of the record's oldest entry, {@code lastRun} the day of the
 * latest run; {@code findings} are the errors not solved yet.
 */
public record AutomatedCheck(String checkedOn, String lastRun, String engine, String standard, int pagesChecked,
                             int keyboardPasses, int failures, List<Finding> findings) {

    static final String RESOURCE = "accessibility/automated-check.json";

    /** One error the gate found: where, and what. */
    public record Finding(String page, String state, String text) {
    }

    public AutomatedCheck {
        findings = List.copyOf(findings);
    }

    /** Empty when this build carries no results (the browser tests never ran where it was built). */
    public static Optional<AutomatedCheck> latest() {
        try (InputStream in = AutomatedCheck.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(read(JsonMapper.builder().build().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AutomatedCheck read(JsonNode json) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : json.path("findings")) {
            findings.add(new Finding(finding.path("page").asString(""), finding.path("state").asString(""),
                    finding.path("finding").asString("")));
        }
        String checkedOn = json.path("checkedOn").asString("");
        return new AutomatedCheck(checkedOn, json.path("lastRun").asString(checkedOn), json.path("engine").asString(""),
                json.path("standard").asString(""), json.path("pagesChecked").asInt(0), json.path("keyboard").size(),
                Math.max(json.path("failures").asInt(0), findings.size()), findings);
    }
}
