package nl.rugzak.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import nl.rugzak.platform.tenancy.TenancyProperties;
import nl.rugzak.tenantadmin.identity.SiteUrls;
import nl.rugzak.tenantadmin.registry.TenantDomain;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /.well-known/security.txt} (RFC 9116) on every municipality's hosts and on the admin host: whom to tell about
 * a vulnerability. An unknown host never gets here ({@code TenantResolutionFilter} answers 404 first). Expires is
 * computed per request from the application clock, so the file never goes stale on a long-running server.
 */
@RestController
@EnableConfigurationProperties(SecurityContact.class)
class SecurityTxtController {

    static final String PATH = "/.well-known/security.txt";
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final SecurityContact contact;
    private final Clock clock;
    private final TenantRegistry registry;
    private final SiteUrls sites;
    private final String adminHost;

    SecurityTxtController(SecurityContact contact, Clock clock, TenantRegistry registry, SiteUrls sites,
                          TenancyProperties tenancy) {
        this.contact = contact;
        this.clock = clock;
        this.registry = registry;
        this.sites = sites;
        this.adminHost = tenancy.adminHost();
    }

    @GetMapping(PATH)
    ResponseEntity<String> securityTxt() {
        List<String> hosts = TenantContext.current().flatMap(registry::find)
                .map(tenant -> tenant.domains().stream()
                        .sorted((a, b) -> Boolean.compare(b.primary(), a.primary()))
                        .map(TenantDomain::host).filter(Objects::nonNull).toList())
                .orElse(List.of(adminHost));
        List<String> canonical = hosts.stream().map(host -> sites.baseUrl(host) + PATH).toList();
        return ResponseEntity.ok()
                .contentType(TEXT)
                .cacheControl(CacheControl.noCache())
                .header("X-Content-Type-Options", "nosniff")
                .body(SecurityTxt.render(contact, clock.instant(), canonical));
    }
}
