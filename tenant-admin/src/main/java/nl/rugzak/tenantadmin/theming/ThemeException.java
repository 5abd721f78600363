package nl.rugzak.tenantadmin.theming;

import java.util.List;

import nl.rugzak.themes.contrast.ContrastFailure;

/** A theme change that is refused; nothing was changed. The message is Dutch. */
public class ThemeException extends RuntimeException {

    private final List<ContrastFailure> contrastFailures;

    public ThemeException(String dutchMessage) {
        this(dutchMessage, List.of());
    }

    public ThemeException(String dutchMessage, List<ContrastFailure> contrastFailures) {
        super(dutchMessage);
        this.contrastFailures = List.copyOf(contrastFailures);
    }

    /** When publishing was refused for contrast: the failing pairs, each with a nearest passing colour. */
    public List<ContrastFailure> contrastFailures() {
        return contrastFailures;
    }
}
