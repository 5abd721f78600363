package nl.rugzak.platform.tenancy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.rugzak.platform.devservices.EmbeddedDatabase;
import nl.rugzak.tenantadmin.tenancy.TenantAwareDataSource;
import nl.rugzak.tenantadmin.tenancy.TenantConnections;
import nl.rugzak.tenantadmin.tenancy.TenantEventMulticaster;
import nl.rugzak.tenantadmin.tenancy.TenantTaskDecorator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskDecorator;

/**
 * One pool of connections for the application user, wrapped so that each connection acts as the current tenant.
 * Without {@code spring.datasource.url} the embedded PostgreSQL is started and used; with it, nothing is started.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    EmbeddedDatabase embeddedDatabase(@Value("${rugzak.data-dir:.rugzak-data}") Path dataFolder,
                                      @Value("${rugzak.embedded.postgres-port:15432}") int port) {
        return EmbeddedDatabase.start(dataFolder, port);
    }

    @Bean(destroyMethod = "close")
    TenantAwareDataSource dataSource(Environment environment, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rugzak");
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database != null) {
            config.setJdbcUrl(database.jdbcUrl());
            config.setUsername(EmbeddedDatabase.APPLICATION_USER);
        } else {
            config.setJdbcUrl(environment.getRequiredProperty("spring.datasource.url"));
            config.setUsername(environment.getProperty("spring.datasource.username"));
            config.setPassword(environment.getProperty("spring.datasource.password"));
        }
        config.setMaximumPoolSize(environment.getProperty("rugzak.database.pool-size", Integer.class, 10));
        // Short waits: a database that is away must not hold every page for long. A busy pool rarely makes anyone
        // wait this long; a request that does is better told to try again than left hanging.
        config.setConnectionTimeout(environment.getProperty("rugzak.database.connection-timeout-ms", Long.class, 2_000L));
        config.setValidationTimeout(environment.getProperty("rugzak.database.validation-timeout-ms", Long.class, 1_000L));
        // pgjdbc, in seconds: a server that does not answer at all (a dropped network) fails a new connection fast.
        config.addDataSourceProperty("connectTimeout", "2");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            refuseSuperuser(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new TenantAwareDataSource(new TenantConnections(pool, pool::evictConnection));
    }

    /**
     * Hibernate lends its connections through its multi-tenancy SPI, from the same lender as plain JDBC: the
     * session's tenant decides role and search path, and no entity is ever read with another tenant's connection.
     */
    @Bean
    HibernatePropertiesCustomizer tenantConnectionsForHibernate(TenantAwareDataSource dataSource) {
        return properties -> {
            properties.put(AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER,
                    new TenantConnectionProvider(dataSource.connections()));
            properties.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new CurrentTenantResolver());
        };
    }

    @Bean
    TaskDecorator tenantTaskDecorator() {
        return new TenantTaskDecorator();
    }

    /** Spring picks this name up as the context's multicaster: tenant events reach listeners inside their tenant. */
    @Bean(name = AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME)
    TenantEventMulticaster applicationEventMulticaster() {
        return new TenantEventMulticaster();
    }

    /** A superuser passes every permission check, so tenant isolation would rest on good behaviour alone. */
    private static void refuseSuperuser(DataSource pool) {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
            rows.next();
            if (rows.getBoolean(1)) {
                throw new IllegalStateException("The database user is a superuser. Rugzak refuses to run as one: "
                        + "a superuser bypasses the permissions that keep tenants apart. Use a user with CREATEROLE "
                        + "that owns the database.");
            }
            if (!rows.getBoolean(2)) {
                throw new IllegalStateException("The database user needs CREATEROLE to create a role per tenant.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
