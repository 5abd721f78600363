package nl.rugzak.tenantadmin.identity;

import java.util.List;
import java.util.Map;

/**
 * What a realm must look like: its name, what people see, the sites that may receive its logins, and its roles.
 *
 * @param siteUrls    base URLs (scheme, host, port) of every site of the realm; redirect URIs are derived exactly
 * @param defaultRole the role every new user gets, or null
 * @param selfRegistration whether residents may create their own account (only where Keycloak can verify e-mail)
 * @param twoFactorRoles roles whose holders log in with a code from an authenticator app besides their password
 * @param branding    realm attributes Rugzak's login theme reads (name, logo URL, colours); see {@link RealmBranding}
 */
public record RealmSpec(String realm, String displayName, List<String> locales, List<String> siteUrls,
                        List<String> roles, String defaultRole, boolean selfRegistration, List<String> twoFactorRoles,
                        Map<String, String> branding) {

    /** Rugzak's Keycloak login theme (themes/src/main/resources/keycloak-themes/rugzak). */
    public static final String LOGIN_THEME = "rugzak";

    /** Rugzak's Keycloak e-mail theme (themes/src/main/resources/keycloak-themes/rugzak/email). */
    public static final String EMAIL_THEME = "rugzak";

    public static final String CLIENT_ID = "rugzak-platform";

    /**
     * The public client residents' apps use for the write API (authorization code with PKCE, no secret), and the
     * audience the API demands in an access token: a token for another client of the realm is no API token.
     */
    public static final String API_CLIENT_ID = "rugzak-api";

    /** Where the API client's authorization codes may go: a page of the API on each site of the realm, exactly. */
    public static final String API_REDIRECT_PATH = "/api/v1/authorized";

    /** The platform's registration id for a realm; it is part of the callback path, so each realm has its own. */
    public static String registrationId(String realm) {
        return "kc-" + realm;
    }

    /** A realm without branding (Rugzak's default look on its login pages). */
    public RealmSpec(String realm, String displayName, List<String> locales, List<String> siteUrls, List<String> roles,
                     String defaultRole, boolean selfRegistration, List<String> twoFactorRoles) {
        this(realm, displayName, locales, siteUrls, roles, defaultRole, selfRegistration, twoFactorRoles, Map.of());
    }

    public RealmSpec {
        locales = List.copyOf(locales);
        siteUrls = List.copyOf(siteUrls);
        roles = List.copyOf(roles);
        twoFactorRoles = List.copyOf(twoFactorRoles);
        branding = Map.copyOf(branding);
    }

    public List<String> redirectUris() {
        return siteUrls.stream().map(url -> url + "/login/oauth2/code/" + registrationId(realm)).toList();
    }

    /** Realms with residents offer them the write API (the lab's realm has none). */
    public boolean residentApi() {
        return roles.contains("resident");
    }

    public List<String> apiRedirectUris() {
        return siteUrls.stream().map(url -> url + API_REDIRECT_PATH).toList();
    }

    public List<String> postLogoutRedirectUris() {
        return siteUrls.stream().map(url -> url + "/").toList();
    }
}
