package nl.rugzak.tenantadmin.schemas;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import nl.rugzak.migrations.MigrationException;
import nl.rugzak.migrations.Migrator;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs before the application serves anything: the control schema first, then every tenant schema with bounded
 * parallelism, each on its own connection (and so under its own Liquibase lock in its own schema). A tenant whose
 * migration fails is marked unhealthy; the others are not held back by it.
 */
@Component
public class StartupMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(StartupMigrations.class);

    private final DataSource dataSource;
    private final Migrator migrator;
    private final TenantRegistry registry;
    private final TenantRegistryStore store;
    private final TenantSchemas schemas;
    private final SchemaHealth health;
    private final int parallelism;

    public StartupMigrations(DataSource dataSource, Migrator migrator, TenantRegistry registry,
                             TenantRegistryStore store, TenantSchemas schemas, SchemaHealth health,
                             @Value("${rugzak.migrations.parallelism:4}") int parallelism) {
        this.dataSource = dataSource;
        this.migrator = migrator;
        this.registry = registry;
        this.store = store;
        this.schemas = schemas;
        this.health = health;
        this.parallelism = Math.max(1, parallelism);
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        migrateControl();
        schemas.convergeLogins(registry.all().stream().map(Tenant::id).toList());
        migrateTenants();
    }

    void migrateControl() throws Exception {
        TenantContext.callWithoutTenant(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (migrator.migrateControlIfChanged(connection)) {
                    log.info("Control schema migrated");
                }
            }
            return null;
        });
        registry.invalidate();
    }

    /** Migrates every tenant that has a schema; returns how many failed. */
    public int migrateTenants() throws InterruptedException {
        String fingerprint = migrator.tenantFingerprint();
        List<Tenant> due = registry.all().stream()
                .filter(t -> t.status() != TenantStatus.DELETED && t.status() != TenantStatus.PROVISIONING)
                .filter(t -> !fingerprint.equals(t.schemaFingerprint()) || !health.isHealthy(t.id()))
                .toList();
        if (due.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, due.size()))) {
            for (Tenant tenant : due) {
                outcomes.add(pool.submit(() -> migrateOne(tenant, fingerprint)));
            }
        }
        int failed = 0;
        for (Future<Boolean> outcome : outcomes) {
            try {
                failed += outcome.get() ? 0 : 1;
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
            }
        }
        log.info("Migrated {} tenant schema(s) in {} ms, {} failed", due.size(),
                (System.nanoTime() - started) / 1_000_000, failed);
        return failed;
    }

    private boolean migrateOne(Tenant tenant, String fingerprint) {
        try {
            schemas.migrate(tenant.id());
            store.recordSchemaFingerprint(tenant.id(), fingerprint);
            health.markHealthy(tenant.id());
            return true;
        } catch (MigrationException e) {
            log.error("Tenant {} ({}): schema migration failed at changeset {}: {}", tenant.id(),
                    tenant.displayName(), e.changeSet(), e.getMessage());
            health.markBroken(new SchemaHealth.Failure(tenant.id(), e.changeSet(), e.getMessage(), Instant.now()));
            return false;
        } catch (RuntimeException e) {
            log.error("Tenant {} ({}): schema migration failed: {}", tenant.id(), tenant.displayName(), e.toString(), e);
            health.markBroken(new SchemaHealth.Failure(tenant.id(), null, e.getMessage(), Instant.now()));
            return false;
        }
    }
}
