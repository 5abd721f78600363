package nl.rugzak.platform.security;

import nl.rugzak.tenantadmin.identity.KeycloakServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keycloak from the environment ({@code KEYCLOAK_URL} and admin credentials). When none is given, a development
 * build starts one of its own ({@link OwnIdentityServer}) and provides the {@link KeycloakServer} for it; with
 * {@code rugzak.keycloak.embedded=false} and no URL there is none at all.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("!'${rugzak.keycloak.url:}'.isEmpty()")
    KeycloakServer externalKeycloak(@Value("${rugzak.keycloak.url}") String url,
                                    @Value("${rugzak.keycloak.admin-username:}") String username,
                                    @Value("${rugzak.keycloak.admin-password:}") String password) {
        return new KeycloakServer(url, username, password);
    }
}
