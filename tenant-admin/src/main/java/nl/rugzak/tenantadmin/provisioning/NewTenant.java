package nl.rugzak.tenantadmin.provisioning;

import java.util.List;

/** What the lab asks for when it adds a municipality. */
public record NewTenant(String slug, String displayName, String primaryHost, List<String> aliasHosts,
                        List<String> locales) {

    public NewTenant {
        aliasHosts = aliasHosts == null ? List.of() : List.copyOf(aliasHosts);
        locales = locales == null ? List.of() : List.copyOf(locales);
    }
}
