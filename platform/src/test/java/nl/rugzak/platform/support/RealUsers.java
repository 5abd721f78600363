package nl.rugzak.platform.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.tenantadmin.identity.RealmUsers.Person;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Service calls as a real user of a tenant's Keycloak realm: the subject, names and realm roles are read from the
 * running Keycloak, and the principal has the shape a real login gives (an OIDC user of registration kc-realm).
 * Only the OIDC round trip itself is skipped; the login tests cover that.
 */
public final class RealUsers {

    public static final String PASSWORD = "rugzak-demo-2026";

    private final TenantRealms realms;
    private final SecurityContextHolderStrategy security;
    private final ResidentProfiles profiles;

    public RealUsers(ApplicationContext application) {
        this.realms = application.getBean(TenantRealms.class);
        this.security = application.getBean(SecurityContextHolderStrategy.class);
        this.profiles = application.getBean(ResidentProfiles.class);
    }

    /** Creates a resident in the realm if they do not exist yet (for tests that need more than the demo accounts). */
    public void ensureResident(String realm, String username, String... extraRoles) {
        List<String> roles = new ArrayList<>(List.of("resident"));
        roles.addAll(List.of(extraRoles));
        realms.users().ensure(realm, new Person(username, username + "@" + realm + ".example", "Test",
                username.substring(0, 1).toUpperCase() + username.substring(1), PASSWORD, roles));
    }

    public OAuth2AuthenticationToken login(String realm, String username) {
        var users = realms.server().admin().realm(realm).users();
        UserRepresentation user = users.searchByUsername(username, true).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in realm " + realm));
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (RoleRepresentation role : users.get(user.getId()).roles().realmLevel().listEffective()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.getName()));
        }
        String name = user.getFirstName() + " " + user.getLastName();
        OidcIdToken token = new OidcIdToken("test-token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "iss", realms.server().issuer(realm), "sub", user.getId(), "preferred_username", user.getUsername(),
                "name", name, "email", user.getEmail()));
        var principal = new DefaultOidcUser(authorities, token, "preferred_username");
        return new OAuth2AuthenticationToken(principal, authorities, "kc-" + realm);
    }

    /** Runs the work at the tenant, logged in as this user of its realm. */
    public <T> T as(String realm, String username, Callable<T> work) {
        OAuth2AuthenticationToken authentication = login(realm, username);
        var previous = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(authentication);
        security.setContext(context);
        try {
            return TenantContext.call(new TenantId(realm), () -> {
                // What a real login does at the site first: keep the resident's profile.
                var user = (DefaultOidcUser) authentication.getPrincipal();
                profiles.recordLogin(user.getSubject(), user.getFullName(), user.getEmail());
                return work.call();
            });
        } finally {
            security.setContext(previous);
        }
    }

    public void run(String realm, String username, Runnable work) {
        as(realm, username, () -> {
            work.run();
            return null;
        });
    }
}
