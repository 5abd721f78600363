package nl.rugzak.platform.participation.polls.internal;

import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.tenantadmin.text.UserText;

/**
 * Checks one typed text of a poll or survey and collects what is wrong with it per field, after the one cleaning rule
 * for typed text ({@link UserText}): control characters, bidirectional overrides and invisible characters at the
 * ends are dropped, so "required" means something a reader can see.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The cleaned text, or null after recording a problem under {@code field}. Keys: {@code <prefix>.empty} and
     * {@code <prefix>.too-long} ({0} maximum, {1} length).
     */
    public static String check(String value, String field, String prefix, boolean required, int max, boolean lines,
                               Map<String, FieldProblem> problems) {
        String cleaned = lines ? UserText.lines(value) : UserText.line(value);
        String text = cleaned == null ? "" : cleaned;
        if (UserText.isBlank(text)) {
            if (required) {
                problems.putIfAbsent(field, FieldProblem.textKey(prefix + ".empty"));
                return null;
            }
            return "";
        }
        int length = UserText.length(text);
        if (length > max) {
            problems.putIfAbsent(field, FieldProblem.textKey(prefix + ".too-long", String.valueOf(max),
                    String.valueOf(length)));
            return null;
        }
        return text;
    }
}
