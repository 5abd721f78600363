package nl.rugzak.tenantadmin.provisioning;

import java.util.List;

import nl.rugzak.tenantadmin.text.UserText;

/** What the lab asks for when it adds a municipality. */
public record NewTenant(String slug, String displayName, String primaryHost, List<String> aliasHosts,
                        List<String> locales) {

    public NewTenant {
        // The municipality's name heads every page of its site: typed text by the one rule.
        displayName = UserText.line(displayName);
        aliasHosts = aliasHosts == null ? List.of() : List.copyOf(aliasHosts);
        locales = locales == null ? List.of() : List.copyOf(locales);
    }
}
