package nl.rugzak.platform.content;

/**
 * Length limits for every text a person types, with the Dutch message they see. Lengths count characters as a
 * reader sees them (code points), which is also how PostgreSQL counts {@code VARCHAR(n)}.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /**
     * Trims the value and checks its length.
     *
     * @param dutchFieldName the field as it reads in a sentence, e.g. "de titel" or "uw reactie"
     * @return the trimmed value
     * @throws ContentRejectedException e.g. "De titel mag hoogstens 120 tekens hebben (nu 131)."
     */
    public static String require(String value, String dutchFieldName, int min, int max) {
        String text = clean(value);
        int length = text.codePointCount(0, text.length());
        if (length == 0 && min > 0) {
            throw new ContentRejectedException("Vul " + dutchFieldName + " in.");
        }
        if (length < min) {
            throw new ContentRejectedException(capitalised(dutchFieldName) + " moet minstens " + min
                    + " tekens hebben (nu " + length + ").");
        }
        if (length > max) {
            throw new ContentRejectedException(capitalised(dutchFieldName) + " mag hoogstens " + max
                    + " tekens hebben (nu " + length + ").");
        }
        return text;
    }

    /** Like {@link #require} for a field that may stay empty: blank gives {@code null}. */
    public static String optional(String value, String dutchFieldName, int max) {
        String text = clean(value);
        return text.isEmpty() ? null : require(text, dutchFieldName, 0, max);
    }

    // NUL characters are refused by PostgreSQL text columns; they have no place in typed text anyway.
    private static String clean(String value) {
        return value == null ? "" : value.replace("\u0000", "").strip();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
