package nl.rugzak.tenantadmin.theming;

import java.util.List;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.text.UserFacingException;
import nl.rugzak.themes.contrast.ContrastFailure;

/**
 * A theme change that is refused; nothing was changed. An argument may be a text of the themes module (a
 * {@link nl.rugzak.themes.text.TextKey}), shown in the same language as the refusal.
 */
public class ThemeException extends UserFacingException {

    private final List<ContrastFailure> contrastFailures;
    private final transient Object[] args;

    public ThemeException(String key, Object... args) {
        this(List.of(), key, args);
    }

    public ThemeException(List<ContrastFailure> contrastFailures, String key, Object... args) {
        super(key, args);
        this.contrastFailures = List.copyOf(contrastFailures);
        this.args = args.clone();
    }

    /** When publishing was refused for contrast: the failing pairs, each with a nearest passing colour. */
    public List<ContrastFailure> contrastFailures() {
        return contrastFailures;
    }

    @Override
    public String getMessage() {
        return messageIn(Texts.DUTCH);
    }

    @Override
    public String messageIn(Locale locale) {
        return ThemeTexts.get(locale, key(), args);
    }
}
