package nl.rugzak.platform.api.write;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A resident acting through the API with a checked access token. The principal is an OIDC user made of the token's
 * claims, as after a login on the site, so the services find the same subject, name and profile as on the pages
 * ({@code Actors}, {@code CurrentUser}): one resident, one vote, however they vote.
 *
 * <p>Of the realm's roles only {@code resident} counts here: staff powers (moderating, speaking for the
 * municipality) are not offered through the API, whose tokens an app holds.
 */
public final class ResidentToken extends AbstractAuthenticationToken {

    static final String RESIDENT = "resident";

    private final OidcUser resident;
    private final Jwt token;

    private ResidentToken(OidcUser resident, Jwt token, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.resident = resident;
        this.token = token;
        setAuthenticated(true);
    }

    static ResidentToken of(Jwt token) {
        List<GrantedAuthority> authorities = realmRoles(token).contains(RESIDENT)
                ? List.of(new SimpleGrantedAuthority("ROLE_" + RESIDENT)) : List.of();
        OidcIdToken claims = new OidcIdToken(token.getTokenValue(), token.getIssuedAt(), token.getExpiresAt(),
                token.getClaims());
        return new ResidentToken(new DefaultOidcUser(authorities, claims, "sub"), token, authorities);
    }

    /** Keycloak's {@code realm_access.roles}. */
    static List<String> realmRoles(Jwt token) {
        Object access = token.getClaims().get("realm_access");
        if (access instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    @Override
    public Object getPrincipal() {
        return resident;
    }

    /** The checked token itself (never logged). */
    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return resident.getSubject();
    }
}
