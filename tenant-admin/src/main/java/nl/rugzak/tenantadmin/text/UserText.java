package nl.rugzak.tenantadmin.text;

import java.text.Normalizer;

/**
 * The one rule for text that people type (titles, names, comments, reasons, descriptions) and for names that come
 * from Keycloak: what is kept, and how long it is as a reader sees it. Every service runs typed text through here
 * before checking or storing it.
 * <ul>
 * <li>Control characters go: PostgreSQL refuses NUL in text, and the others are invisible. Multi-line text keeps
 * its line breaks (as {@code \n}) and tabs; a single line turns them into spaces.</li>
 * <li>Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) go: with them "gnp.exe"
 * reads as "exe.png", and a name or reason shows moderators something other than what was written. The plain
 * direction marks (LRM, RLM, ALM) stay: Arabic and Hebrew text needs them and they cannot reverse anything.</li>
 * <li>Zero-width and other invisible characters (ZWSP, ZWJ, BOM, fillers, variation selectors) stay inside text,
 * where emoji and some scripts need them, but are trimmed from both ends; text of nothing else is empty.</li>
 * <li>Unicode composed form (NFC), so "é" is one character however it was typed.</li>
 * </ul>
 */
public final class UserText {

    private UserText() {
    }

    /** A single line (a title, a name, a reason): {@code null} stays {@code null}; invisible-only text is empty. */
    public static String line(String value) {
        return clean(value, false);
    }

    /** Text of several lines (a comment, a description): like {@link #line} but line breaks and tabs stay. */
    public static String lines(String value) {
        return clean(value, true);
    }

    /** The characters a reader sees: no spaces, no invisible characters, a base letter with its accents as one. */
    public static int visibleLength(String value) {
        if (value == null) {
            return 0;
        }
        return (int) value.codePoints().filter(UserText::visible).count();
    }

    /** True when nothing visible is left (null, empty, spaces, or only invisible characters). */
    public static boolean isBlank(String value) {
        return visibleLength(value) == 0;
    }

    /** The length as stored: code points, which is also how PostgreSQL counts {@code VARCHAR(n)}. */
    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    /**
     * Someone's text placed inside a sentence of ours ("Gemeld door {0}: {1}"): wrapped in a first-strong isolate and
     * its closing mark, the plain-text form of {@code <bdi>}, so a right-to-left name cannot reorder the words around
     * it. Elements that hold only typed text get the CSS class {@code rugzak-user-text} instead.
     */
    public static String isolate(String text) {
        return text == null || text.isEmpty() ? "" : "\u2068" + text + "\u2069";
    }

    /** A name to show (e.g. Keycloak's full name): the cleaned name, or the fallback when it has nothing visible. */
    public static String nameOr(String name, String fallback) {
        String clean = line(name);
        return clean == null || clean.isEmpty() ? line(fallback) : clean;
    }

    private static String clean(String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (lineBreak(cp) || cp == '\t') {
                kept.append(multiLine ? (cp == '\t' ? '\t' : '\n') : ' ');
            } else if (!dropped(cp)) {
                kept.appendCodePoint(cp);
            }
        });
        String trimmed = trimInvisible(kept.toString());
        return visibleLength(trimmed) == 0 ? "" : trimmed;
    }

    private static boolean lineBreak(int cp) {
        return cp == '\n' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean dropped(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.SURROGATE || bidiControl(cp) || cp == 0xFEFF;
    }

    private static boolean bidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static String trimInvisible(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && trimmable(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && trimmable(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    // Spaces and invisible characters at the ends; accents stay (a Hindi word ends in a vowel sign).
    private static boolean trimmable(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT || filler(cp);
    }

    private static boolean visible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || filler(cp)) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            default -> true;
        };
    }

    // Letters that render as nothing, used to make "empty" names: the Hangul fillers and the blank Braille cell.
    private static boolean filler(int cp) {
        return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800;
    }
}
