package nl.rugzak.platform.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latest automated accessibility check of this build: the browser tests write it
 * ({@code accessibility/automated-check.json}) after every page and state they checked, and it ships with the app.
 */
public record AutomatedCheck(String checkedOn, String engine, String standard, int pagesChecked, int keyboardPasses,
                             int failures) {

    static final String RESOURCE = "accessibility/automated-check.json";

    /** Empty when this build carries no results (the browser tests never ran where it was built). */
    public static Optional<AutomatedCheck> latest() {
        try (InputStream in = AutomatedCheck.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode json = JsonMapper.builder().build().readTree(in);
            return Optional.of(new AutomatedCheck(json.path("checkedOn").asString(""), json.path("engine").asString(""),
                    json.path("standard").asString(""), json.path("pagesChecked").asInt(0),
                    json.path("keyboard").size(), json.path("failures").asInt(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
