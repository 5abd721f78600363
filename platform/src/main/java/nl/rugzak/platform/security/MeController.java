package nl.rugzak.platform.security;

import nl.rugzak.tenantadmin.text.UserText;

import java.util.List;
import java.util.Map;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the visitor is at this site, for scripts on the page (and for checking isolation from outside). */
@RestController
class MeController {

    @GetMapping(path = "/api/me", produces = "application/json")
    ResponseEntity<Map<String, Object>> me(@AuthenticationPrincipal OidcUser user) {
        if (user == null) {
            return ResponseEntity.status(401).body(Map.of("authenticated", false));
        }
        List<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().toList();
        return ResponseEntity.ok(Map.of(
                "authenticated", true,
                "site", TenantContext.current().map(t -> t.slug()).orElse("admin"),
                "issuer", String.valueOf(user.getIssuer()),
                "subject", user.getSubject(),
                "name", UserText.nameOr(user.getFullName(), user.getPreferredUsername()),
                "roles", roles));
    }
}
