package nl.rugzak.tenantadmin.theming;

import nl.rugzak.tenantadmin.text.UserFacingException;

import java.util.List;

import nl.rugzak.themes.contrast.ContrastFailure;

/** A theme change that is refused; nothing was changed. The message is Dutch. */
public class ThemeException extends UserFacingException {

    private final List<ContrastFailure> contrastFailures;

    public ThemeException(String key, Object... args) {
        this(List.of(), key, args);
    }

    public ThemeException(List<ContrastFailure> contrastFailures, String key, Object... args) {
        super(key, args);
        this.contrastFailures = List.copyOf(contrastFailures);
    }

    /** When publishing was refused for contrast: the failing pairs, each with a nearest passing colour. */
    public List<ContrastFailure> contrastFailures() {
        return contrastFailures;
    }
}
