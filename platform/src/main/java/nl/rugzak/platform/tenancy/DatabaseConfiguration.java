package nl.rugzak.platform.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.rugzak.tenantadmin.tenancy.DatabaseLogins;
import nl.rugzak.tenantadmin.tenancy.TenantAwareDataSource;
import nl.rugzak.tenantadmin.tenancy.TenantConnections;
import nl.rugzak.tenantadmin.tenancy.TenantEventMulticaster;
import nl.rugzak.tenantadmin.tenancy.TenantTaskDecorator;
import org.springframework.beans.factory.ObjectProvider;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskDecorator;

/**
 * Where connections come from: the control plane's pool for the application user and a small pool per tenant (see
 * {@link TenantConnections}), lent to Hibernate and plain JDBC alike.
 * Without {@code spring.datasource.url} a development build starts its own PostgreSQL ({@link OwnDatabase}) and
 * this uses it; with it, that one is used and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /**
     * The control plane's pool (the application user) and, opened on first use, one small pool per tenant that logs
     * in as the tenant's own login role on the tenant's cluster.
     */
    @Bean(destroyMethod = "close")
    TenantConnections tenantConnections(Environment environment, ObjectProvider<OwnDatabase> started,
                                        ObjectProvider<DatabaseLogins> logins) {
        HikariConfig config = poolConfig(environment);
        config.setPoolName("rugzak");
        // Asked for here, so the pool is made only once that server has started.
        OwnDatabase database = started.getIfAvailable();
        String ownDatabase;
        if (database != null) {
            ownDatabase = database.jdbcUrl();
            config.setUsername(database.applicationUser());
        } else {
            ownDatabase = environment.getRequiredProperty("spring.datasource.url");
            config.setUsername(environment.getProperty("spring.datasource.username"));
            config.setPassword(environment.getProperty("spring.datasource.password"));
        }
        config.setJdbcUrl(ownDatabase);
        config.setMaximumPoolSize(environment.getProperty("rugzak.database.pool-size", Integer.class, 10));
        HikariDataSource pool = new HikariDataSource(config);
        try {
            refuseSuperuser(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        // Shared by every tenant's pool: a housekeeping thread per tenant would be a thread per municipality.
        ScheduledThreadPoolExecutor housekeeping = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform()
                .name("rugzak-tenant-pools").daemon().factory());
        housekeeping.setRemoveOnCancelPolicy(true);
        // Looked up when a tenant's pool is first opened, after startup: the logins live in the control plane,
        // which is read through this very bean.
        DatabaseLogins lazyLogins = tenant -> logins.getObject().of(tenant);
        TenantConnections.PoolFactory tenantPools = (tenant, login) -> {
            HikariConfig own = poolConfig(environment);
            own.setPoolName("rugzak-" + tenant.slug());
            own.setJdbcUrl(login.jdbcUrl() == null ? ownDatabase : login.jdbcUrl());
            own.setUsername(login.username());
            own.setPassword(login.password());
            // Small, and empty when idle: with many municipalities the server's connection limit is the bound.
            own.setMaximumPoolSize(environment.getProperty("rugzak.database.tenant-pool-size", Integer.class, 3));
            own.setMinimumIdle(0);
            own.setIdleTimeout(environment.getProperty("rugzak.database.tenant-idle-timeout-ms", Long.class, 10_000L));
            own.setScheduledExecutor(housekeeping);
            HikariDataSource tenantPool = new HikariDataSource(own);
            return new TenantConnections.Pool(tenantPool, tenantPool::evictConnection, tenantPool::close,
                    () -> tenantPool.getHikariPoolMXBean().getActiveConnections());
        };
        // A pool empties itself once idle, but only when Hikari's housekeeping comes by (every 30 s): the cap bounds
        // what a burst of municipalities (startup checks, many new tenants) holds before that, at 30 pools of at most
        // 3 connections. Busy municipalities may pass it (see TenantConnections).
        int mostOpenPools = environment.getProperty("rugzak.database.most-open-tenant-pools", Integer.class, 30);
        return new TenantConnections(pool, pool::evictConnection, lazyLogins, tenantPools, mostOpenPools,
                TenantConnections.IDLE_BEFORE_CLOSING) {
            @Override
            public void close() throws Exception {
                super.close();
                housekeeping.shutdownNow();
            }
        };
    }

    @Bean
    TenantAwareDataSource dataSource(TenantConnections connections) {
        return new TenantAwareDataSource(connections);
    }

    private static HikariConfig poolConfig(Environment environment) {
        HikariConfig config = new HikariConfig();
        // Short waits: a database that is away must not hold every page for long. A busy pool rarely makes anyone
        // wait this long; a request that does is better told to try again than left hanging.
        config.setConnectionTimeout(environment.getProperty("rugzak.database.connection-timeout-ms", Long.class, 2_000L));
        config.setValidationTimeout(environment.getProperty("rugzak.database.validation-timeout-ms", Long.class, 1_000L));
        // pgjdbc, in seconds: a server that does not answer at all (a dropped network) fails a new connection fast.
        config.addDataSourceProperty("connectTimeout", "2");
        return config;
    }

    /**
     * Hibernate lends its connections through its multi-tenancy SPI, from the same lender as plain JDBC: the
     * session's tenant decides role and search path, and no entity is ever read with another tenant's connection.
     */
    @Bean
    HibernatePropertiesCustomizer tenantConnectionsForHibernate(TenantConnections connections) {
        return properties -> {
            properties.put(AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER, new TenantConnectionProvider(connections));
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
