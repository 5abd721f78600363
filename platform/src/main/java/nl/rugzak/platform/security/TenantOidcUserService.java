package nl.rugzak.platform.security;

import nl.rugzak.tenantadmin.text.UserText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Keycloak has answered: checks that the login came from the realm of this host, turns the realm roles into
 * authorities, and (at a tenant) keeps the resident's profile in the tenant's own schema.
 */
class TenantOidcUserService extends OidcUserService {

    private final TenantRealms realms;
    private final ResidentProfiles profiles;

    TenantOidcUserService(TenantRealms realms, ResidentProfiles profiles) {
        this.realms = realms;
        this.profiles = profiles;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        String expectedIssuer = realms.server().issuer(TenantClientRegistrations.currentRealm());
        if (user.getIdToken().getIssuer() == null || !expectedIssuer.equals(user.getIdToken().getIssuer().toString())) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_issuer",
                    "This login belongs to another site", null));
        }
        Collection<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        for (String role : roles(user)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        TenantContext.current().ifPresent(tenant -> profiles.recordLogin(user.getSubject(), displayName(user),
                user.getEmail()));
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
    }

    private static List<String> roles(OidcUser user) {
        Object claim = user.getClaims().get("roles");
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static String displayName(OidcUser user) {
        // Keycloak's names are typed by people too: the same rule as every other typed text.
        return UserText.nameOr(user.getFullName(),
                user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject());
    }
}
