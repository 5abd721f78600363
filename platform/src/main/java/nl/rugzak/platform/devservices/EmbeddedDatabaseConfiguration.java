package nl.rugzak.platform.devservices;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default's PostgreSQL, when no {@code spring.datasource.url} is given. The platform's pool asks for
 * it as its {@link nl.rugzak.platform.tenancy.OwnDatabase}, so it is started before any connection is made.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${rugzak.data-dir:.rugzak-data}") Path dataFolder,
                                      @Value("${rugzak.embedded.postgres-port:15432}") int port) {
        return EmbeddedDatabase.start(dataFolder, port);
    }
}
