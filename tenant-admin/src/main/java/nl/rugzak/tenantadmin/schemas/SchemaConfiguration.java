package nl.rugzak.tenantadmin.schemas;

import nl.rugzak.migrations.Migrator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    @Bean
    Migrator migrator() {
        return new Migrator(SchemaConfiguration.class.getClassLoader());
    }
}
