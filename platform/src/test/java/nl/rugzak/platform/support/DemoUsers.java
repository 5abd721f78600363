package nl.rugzak.platform.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Runs service calls as a real demo account of a tenant (bewoner, moderator, redacteur, beheerder): its subject,
 * name and realm roles come from the tenant's Keycloak realm, its principal is an OIDC user as after a login, and
 * its profile is recorded as a login records it. Call {@code awaitIdentity()} first.
 */
@Component
public class DemoUsers {

    public record Account(String slug, String username, String subject, String name, String email, List<String> roles) {
    }

    private final TenantRealms realms;
    private final ResidentProfiles profiles;
    private final SecurityContextHolderStrategy security;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    public DemoUsers(TenantRealms realms, ResidentProfiles profiles, SecurityContextHolderStrategy security) {
        this.realms = realms;
        this.profiles = profiles;
        this.security = security;
    }

    public Account account(String slug, String username) {
        return accounts.computeIfAbsent(slug + "/" + username, key -> {
            var realm = realms.server().admin().realm(TenantRealms.realmOf(new TenantId(slug)));
            UserRepresentation user = realm.users().searchByUsername(username, true).getFirst();
            List<String> roles = realm.users().get(user.getId()).roles().realmLevel().listEffective().stream()
                    .map(RoleRepresentation::getName).filter(TenantRealms.TENANT_ROLES::contains).toList();
            return new Account(slug, username, user.getId(), user.getFirstName() + " " + user.getLastName(),
                    user.getEmail(), roles);
        });
    }

    public <T> T as(String slug, String username, Supplier<T> work) {
        return asNamed(slug, username, null, work);
    }

    public void run(String slug, String username, Runnable work) {
        as(slug, username, () -> {
            work.run();
            return null;
        });
    }

    /**
     * As {@link #as}, with another display name (as an identity broker might deliver it), e.g. a hostile one.
     * The profile keeps that name, as a login with it would.
     */
    public <T> T asNamed(String slug, String username, String displayName, Supplier<T> work) {
        Account account = account(slug, username);
        String name = displayName == null ? account.name() : displayName;
        var previous = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(authentication(account, name));
        security.setContext(context);
        try {
            return TenantContext.call(new TenantId(slug), () -> {
                profiles.recordLogin(account.subject(), name, account.email());
                return work.get();
            });
        } finally {
            security.setContext(previous);
        }
    }

    /** Creates a resident in the tenant's realm if there is none by that name (for tests needing more people). */
    public void ensureResident(String slug, String username, String... extraRoles) {
        List<String> roles = new java.util.ArrayList<>(List.of("resident"));
        roles.addAll(List.of(extraRoles));
        realms.users().ensure(TenantRealms.realmOf(new TenantId(slug)), new nl.rugzak.tenantadmin.identity.RealmUsers.Person(
                username, username + "@" + slug + ".example", "Test",
                username.substring(0, 1).toUpperCase() + username.substring(1), "rugzak-demo-2026", roles));
    }

    /** The authentication a login of this account produces. */
    public OAuth2AuthenticationToken login(String slug, String username) {
        Account account = account(slug, username);
        return authentication(account, account.name());
    }

    /** The authentication a login of this account produces (for karibu tests that put it into a request). */
    public OAuth2AuthenticationToken authentication(Account account, String name) {
        var authorities = account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        OidcIdToken token = new OidcIdToken("test-token", Instant.now(), Instant.now().plusSeconds(3600), Map.of(
                "sub", account.subject(), "iss", realms.server().issuer(TenantRealms.realmOf(new TenantId(account.slug()))),
                "name", name, "preferred_username", account.username()));
        OidcUser user = new DefaultOidcUser(authorities, token, "preferred_username");
        return new OAuth2AuthenticationToken(user, authorities, "kc-" + account.slug());
    }
}
