package nl.rugzak.platform.content;

import nl.rugzak.tenantadmin.text.UserText;

import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who is calling, from the application's own security context (Vaadin installs its own strategy, so never the
 * static holder). At a tenant's site the principal is the OIDC user of the tenant's realm.
 */
@Component
public class Actors {

    private final SecurityContextHolderStrategy security;

    public Actors(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    public Optional<Actor> current() {
        Authentication authentication = security.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        var roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        if (authentication.getPrincipal() instanceof OidcUser user) {
            // Keycloak's names are typed by people too: the same rule as every other typed text.
            String name = UserText.nameOr(user.getFullName(),
                    user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject());
            return Optional.of(new Actor(user.getSubject(), name, roles));
        }
        return Optional.of(new Actor(authentication.getName(), authentication.getName(), roles));
    }

    /** The caller, or a refusal when nobody is logged in (services are also guarded by method security). */
    public Actor require() {
        return current().orElseThrow(() -> new ContentRejectedException("content.log-in-first"));
    }
}
