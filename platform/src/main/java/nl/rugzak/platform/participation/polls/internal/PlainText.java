package nl.rugzak.platform.participation.polls.internal;

import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;

/**
 * Checks one typed text of a poll or survey and collects what is wrong with it per field. Control characters are
 * refused rather than silently dropped: they come from pasting out of other programs or from scripts, and a resident
 * should see that their text was not taken as it is.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The stripped text, or null after recording a problem under {@code field}. Keys: {@code <prefix>.empty},
     * {@code <prefix>.too-long} ({0} maximum, {1} length), and the shared {@code polls.text.control-characters}.
     */
    public static String check(String value, String field, String prefix, boolean required, int max, boolean lines,
                               Map<String, FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.putIfAbsent(field, FieldProblem.textKey(prefix + ".empty"));
                return null;
            }
            return "";
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problems.putIfAbsent(field, FieldProblem.textKey(prefix + ".too-long", String.valueOf(max),
                    String.valueOf(length)));
            return null;
        }
        if (hasControlCharacters(text, lines)) {
            problems.putIfAbsent(field, FieldProblem.textKey("polls.text.control-characters"));
            return null;
        }
        return text;
    }

    static boolean hasControlCharacters(String text, boolean lines) {
        return text.codePoints().anyMatch(c -> {
            if (lines && (c == '\n' || c == '\r' || c == '\t')) {
                return false;
            }
            int type = Character.getType(c);
            // Bidirectional overrides can make a text read differently from how it is stored.
            boolean bidiOverride = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            return type == Character.CONTROL || type == Character.SURROGATE || bidiOverride;
        });
    }
}
