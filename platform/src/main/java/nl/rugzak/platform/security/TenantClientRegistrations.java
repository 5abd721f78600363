package nl.rugzak.platform.security;

import java.util.Map;
import java.util.Optional;

import nl.rugzak.tenantadmin.identity.KeycloakServer;
import nl.rugzak.tenantadmin.identity.ProvisionedClient;
import nl.rugzak.tenantadmin.identity.RealmSpec;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * One OIDC client registration per realm, id {@code kc-<realm>}, and only the one of the current host: at tenant
 * B the registration of tenant A does not exist. Endpoints are written out, so no discovery call is made per request;
 * the per-realm id also keeps Spring Security's per-registration caches (keys, validators) apart.
 */
public class TenantClientRegistrations implements ClientRegistrationRepository {

    private final TenantRealms realms;

    public TenantClientRegistrations(TenantRealms realms) {
        this.realms = realms;
    }

    /** The realm whose users may log in on the current host: the tenant's own, or the lab's on the admin host. */
    static String currentRealm() {
        return TenantContext.current().map(TenantRealms::realmOf).orElse(TenantRealms.LAB_REALM);
    }

    static String registrationIdOf(String realm) {
        return RealmSpec.registrationId(realm);
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        String realm = currentRealm();
        if (!registrationIdOf(realm).equals(registrationId) || !realms.enabled()) {
            return null;
        }
        Optional<ProvisionedClient> client = realms.client(realm);
        return client.map(c -> registration(realms.server(), c)).orElse(null);
    }

    private static ClientRegistration registration(KeycloakServer server, ProvisionedClient client) {
        String issuer = server.issuer(client.realm());
        String oidc = issuer + "/protocol/openid-connect";
        return ClientRegistration.withRegistrationId(registrationIdOf(client.realm()))
                .clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .jwkSetUri(oidc + "/certs")
                .userInfoUri(oidc + "/userinfo")
                .userNameAttributeName("preferred_username")
                .issuerUri(issuer)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .clientName(client.realm())
                .build();
    }
}
