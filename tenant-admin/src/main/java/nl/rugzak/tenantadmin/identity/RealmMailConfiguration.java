package nl.rugzak.tenantadmin.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring's own mail settings ({@code spring.mail.*}) are the deployment's SMTP server, for Keycloak too. */
@Configuration(proxyBeanMethods = false)
class RealmMailConfiguration {

    @Bean
    RealmMail realmMail(@Value("${spring.mail.host:}") String host,
                        @Value("${spring.mail.port:25}") int port,
                        @Value("${spring.mail.username:}") String username,
                        @Value("${spring.mail.password:}") String password,
                        @Value("${spring.mail.properties.mail.smtp.starttls.enable:false}") boolean startTls,
                        @Value("${rugzak.mail.from:}") String from) {
        return new RealmMail(host, port, username, password, startTls, from);
    }
}
