package nl.rugzak.tenantadmin.theming;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.text.UserFacingException;
import nl.rugzak.themes.text.TextKey;

/**
 * Shows the texts of the themes module (which knows keys, not languages) in a visitor's language: a {@link TextKey}
 * argument is translated too, a list of them joined with commas, and a refusal shown in the same language.
 */
public final class ThemeTexts {

    private ThemeTexts() {
    }

    public static String get(Locale locale, TextKey text) {
        return get(locale, text.key(), text.args());
    }

    public static String get(Locale locale, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(locale, args[i]);
        }
        return Texts.get(locale, key, shown);
    }

    private static Object shown(Locale locale, Object arg) {
        if (arg instanceof TextKey text) {
            return get(locale, text);
        }
        if (arg instanceof UserFacingException refusal) {
            return refusal.messageIn(locale);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(item -> String.valueOf(shown(locale, item))).collect(Collectors.joining(", "));
        }
        return arg;
    }
}
