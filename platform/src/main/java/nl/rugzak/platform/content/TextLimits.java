package nl.rugzak.platform.content;

/**
 * Length limits for every text a person types, with the message they see in their language. Lengths count characters as a
 * reader sees them (code points), which is also how PostgreSQL counts {@code VARCHAR(n)}.
 */
public final class TextLimits {

    /** The endings of a field's keys, one per refusal. */
    public static final String EMPTY = ".empty";
    public static final String TOO_SHORT = ".too-short";
    public static final String TOO_LONG = ".too-long";

    private TextLimits() {
    }

    /**
     * Trims the value and checks its length.
     *
     * @param field the text key of the field, e.g. {@code "updates.field.title"}; the bundle of its feature holds
     *              {@code <field>.empty}, {@code <field>.too-short} and {@code <field>.too-long} (the limit as
     *              {@code {0}}, the length as {@code {1}}), because each language builds these sentences its own way
     * @return the trimmed value
     * @throws ContentRejectedException e.g. "De titel mag hoogstens 120 tekens hebben (nu 131)."
     */
    public static String require(String value, String field, int min, int max) {
        String text = clean(value);
        int length = text.codePointCount(0, text.length());
        if (length == 0 && min > 0) {
            throw new ContentRejectedException(field + EMPTY);
        }
        // Numbers as plain digits: "2000 tekens" reads better in a limit than "2.000 tekens".
        if (length < min) {
            throw new ContentRejectedException(field + TOO_SHORT, String.valueOf(min), String.valueOf(length));
        }
        if (length > max) {
            throw new ContentRejectedException(field + TOO_LONG, String.valueOf(max), String.valueOf(length));
        }
        return text;
    }

    /** Like {@link #require} for a field that may stay empty: blank gives {@code null}. */
    public static String optional(String value, String field, int max) {
        String text = clean(value);
        return text.isEmpty() ? null : require(text, field, 0, max);
    }

    // NUL characters are refused by PostgreSQL text columns; they have no place in typed text anyway.
    private static String clean(String value) {
        return value == null ? "" : value.replace("\u0000", "").strip();
    }
}
