package nl.rugzak.platform.content;

import nl.rugzak.tenantadmin.text.UserText;

/**
 * Length limits for every text a person types, with the message they see in their language, after the one cleaning
 * rule for typed text ({@link UserText}). Required and minimum lengths count what a reader sees; the maximum counts
 * code points, which is also how PostgreSQL counts {@code VARCHAR(n)}.
 */
public final class TextLimits {

    /** The endings of a field's keys, one per refusal. */
    public static final String EMPTY = ".empty";
    public static final String TOO_SHORT = ".too-short";
    public static final String TOO_LONG = ".too-long";

    private TextLimits() {
    }

    /**
     * Cleans multi-line text by the one rule for typed text ({@link UserText#lines}) and checks its length.
     *
     * @param field the text key of the field, e.g. {@code "updates.field.title"}; the bundle of its feature holds
     *              {@code <field>.empty}, {@code <field>.too-short} and {@code <field>.too-long} (the limit as
     *              {@code {0}}, the length as {@code {1}}), because each language builds these sentences its own way
     * @return the cleaned value
     * @throws ContentRejectedException e.g. "De titel mag hoogstens 120 tekens hebben (nu 131)."
     */
    public static String require(String value, String field, int min, int max) {
        return check(UserText.lines(value), field, min, max);
    }

    /** Like {@link #require} for one line (a title, a name, a reason): line breaks become spaces. */
    public static String requireLine(String value, String field, int min, int max) {
        return check(UserText.line(value), field, min, max);
    }

    /** Like {@link #require} for a field that may stay empty: blank gives {@code null}. */
    public static String optional(String value, String field, int max) {
        String text = UserText.lines(value);
        return text == null || text.isEmpty() ? null : check(text, field, 0, max);
    }

    /** Like {@link #requireLine} for a field that may stay empty: blank gives {@code null}. */
    public static String optionalLine(String value, String field, int max) {
        String text = UserText.line(value);
        return text == null || text.isEmpty() ? null : check(text, field, 0, max);
    }

    // Empty and too short count what a reader sees (zero-width characters are not a comment); too long counts what
    // is stored, the limit of the column.
    private static String check(String cleaned, String field, int min, int max) {
        String text = cleaned == null ? "" : cleaned;
        int visible = UserText.visibleLength(text);
        if (visible == 0 && min > 0) {
            throw new ContentRejectedException(field + EMPTY);
        }
        // Numbers as plain digits: "2000 tekens" reads better in a limit than "2.000 tekens".
        if (visible < min) {
            throw new ContentRejectedException(field + TOO_SHORT, String.valueOf(min), String.valueOf(visible));
        }
        int length = UserText.length(text);
        if (length > max) {
            throw new ContentRejectedException(field + TOO_LONG, String.valueOf(max), String.valueOf(length));
        }
        return text;
    }
}
