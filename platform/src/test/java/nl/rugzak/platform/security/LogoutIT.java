package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.identity.RealmSpec;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;

/** Logging out ends the session here and at the tenant's realm, and Keycloak sends the visitor back to this site. */
class LogoutIT extends IntegrationTest {

    @Autowired
    SecurityFilterChain securityFilterChain;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    TenantRealms realms;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void logoutIsRpInitiatedAtTheTenantsRealmAndReturnsToTheTenantsSite() throws Exception {
        String issuer = realms.server().issuer("voorbeeld");
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_resident"));
        var user = new DefaultOidcUser(authorities, new OidcIdToken("het-id-token", Instant.now(),
                Instant.now().plusSeconds(300), Map.of("sub", "bewoner-1", "iss", issuer)));
        var context = security.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(user, authorities, RealmSpec.registrationId("voorbeeld")));
        security.setContext(context);

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
        request.setServerName("voorbeeld.localhost");
        request.setServerPort(port);
        var session = request.getSession(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        Filter logout = securityFilterChain.getFilters().stream().filter(f -> f instanceof LogoutFilter).findFirst().orElseThrow();

        TenantContext.run(new TenantId("voorbeeld"), () -> {
            try {
                logout.doFilter(request, response, new MockFilterChain());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        String target = URLDecoder.decode(response.getRedirectedUrl(), StandardCharsets.UTF_8);
        String back = "http://voorbeeld.localhost:" + port + "/";
        assertThat(target).startsWith(issuer + "/protocol/openid-connect/logout?")
                .contains("id_token_hint=het-id-token")
                .contains("post_logout_redirect_uri=" + back);
        var client = realms.server().admin().realm("voorbeeld").clients().findByClientId(RealmSpec.CLIENT_ID).getFirst();
        assertThat(client.getAttributes().get("post.logout.redirect.uris").split("##")).contains(back);
        assertThat(((org.springframework.mock.web.MockHttpSession) session).isInvalid()).isTrue();
        assertThat(security.getContext().getAuthentication()).isNull();
    }
}
