package nl.rugzak.tenantadmin.identity;

import java.util.Map;

import nl.rugzak.tenantadmin.registry.Tenant;

/**
 * What a tenant's Keycloak login pages show besides the realm's display name: its logo and colours, as realm
 * attributes that Rugzak's login theme reads. Implemented by theming; identity does not know about themes.
 */
public interface RealmBranding {

    String NAME = "rugzak.name";
    String LOGO_URL = "rugzak.logoUrl";
    String PRIMARY_COLOUR = "rugzak.primaryColour";
    String PRIMARY_CONTRAST = "rugzak.primaryContrast";

    /** Every branding attribute empty: a realm whose theme was never published shows the defaults. */
    Map<String, String> NONE_ATTRIBUTES = Map.of(LOGO_URL, "", PRIMARY_COLOUR, "", PRIMARY_CONTRAST, "");

    /**
     * @param siteUrl the base URL of the tenant's primary site; the logo is served from there
     */
    Map<String, String> attributes(Tenant tenant, String siteUrl);
}
