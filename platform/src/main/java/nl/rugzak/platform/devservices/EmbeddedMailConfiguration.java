package nl.rugzak.platform.devservices;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default's SMTP server, only when {@link EmbeddedMailDefaults} chose it (its mailbox page follows the
 * same switch: {@code devservices.ui.MailboxRoute}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedMailDefaults.ACTIVE, havingValue = "true")
class EmbeddedMailConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMailServer embeddedMailServer(@Value("${spring.mail.port}") int port) {
        return EmbeddedMailServer.start(port);
    }

}
