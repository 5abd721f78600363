package nl.rugzak.platform.production;

import java.util.List;

/** Production mode without the external services it needs: Rugzak does not start. */
public class MissingProductionSettings extends IllegalStateException {

    private final transient List<String> missing;

    MissingProductionSettings(String reason, List<String> missing) {
        super(reason + " and refuses to start without " + String.join("; ", missing)
                + ". It never starts an embedded database or Keycloak in production.");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
