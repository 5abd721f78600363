package nl.rugzak.platform.widget;

import nl.rugzak.tenantadmin.text.UserFacingException;

/** The options of a widget URL, checked: the count of items. */
public record WidgetOptions(int count) {

    public static final int MIN = 1;
    public static final int MAX = 20;
    public static final int DEFAULT = 5;

    /** Parses {@code aantal}; a missing value means the default, anything else must be a whole number 1 to 20 (else a refusal the embedder reads). */
    public static WidgetOptions parse(String aantal) {
        if (aantal == null || aantal.isBlank()) {
            return new WidgetOptions(DEFAULT);
        }
        String value = aantal.strip();
        if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < MIN || Integer.parseInt(value) > MAX) {
            throw new UserFacingException("widget.count-invalid", MIN, MAX,
                    value.length() > 20 ? value.substring(0, 20) + "…" : value);
        }
        return new WidgetOptions(Integer.parseInt(value));
    }
}
