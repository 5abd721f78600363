package nl.rugzak.tenantadmin.theming;

import java.util.HashMap;
import java.util.Map;

import nl.rugzak.tenantadmin.identity.RealmBranding;
import nl.rugzak.tenantadmin.registry.Tenant;
import org.springframework.stereotype.Component;

/** The published theme's logo and colours, for the tenant's Keycloak login pages. */
@Component
class ThemeRealmBranding implements RealmBranding {

    private final ThemeStore store;

    ThemeRealmBranding(ThemeStore store) {
        this.store = store;
    }

    @Override
    public Map<String, String> attributes(Tenant tenant, String siteUrl) {
        Map<String, String> attributes = new HashMap<>(NONE_ATTRIBUTES);
        store.published(tenant.id()).ifPresent(theme -> {
            attributes.put(PRIMARY_COLOUR, theme.tokens().primary().css());
            attributes.put(PRIMARY_CONTRAST, theme.tokens().primaryContrast().css());
            var logo = theme.assets().get(ThemeAssetKind.LOGO);
            if (logo != null) {
                attributes.put(LOGO_URL, siteUrl + logo.path());
            }
        });
        return attributes;
    }
}
