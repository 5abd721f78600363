package nl.rugzak.platform.operations;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import nl.rugzak.tenantadmin.cluster.ClusterEvents;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.schemas.SchemaHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Readiness beyond the database. Keycloak away, a municipality whose schema failed to migrate, or changes of other
 * instances not heard: each is reported as {@link #DEGRADED} (HTTP 200), not DOWN, because the proxy would then take
 * this instance out for every site, and every other instance would be in the same state. The database is the one
 * thing without which nothing works; that check is DOWN (see {@code availability}).
 */
final class ReadinessChecks {

    /** Serving, with something the operator must look at; ordered between DOWN and UP in application.yaml. */
    static final Status DEGRADED = new Status("DEGRADED");

    private ReadinessChecks() {
    }

    /** Municipalities whose schema could not be migrated: their sites show a maintenance page, the others serve. */
    static HealthIndicator tenantSchemas(SchemaHealth schemas) {
        return () -> {
            var failures = schemas.failures();
            if (failures.isEmpty()) {
                return Health.up().build();
            }
            Map<String, Object> failed = new TreeMap<>();
            failures.forEach((tenant, failure) -> failed.put(tenant.slug(), failure.changeSet()));
            return Health.status(DEGRADED).withDetail("failed", failed).build();
        };
    }

    /** Whether this instance hears the others' changes (else its caches live out their time-to-live). */
    static HealthIndicator clusterEvents(ClusterEvents events) {
        return () -> events.listening() ? Health.up().build()
                : Health.status(DEGRADED).withDetail("listening", false).build();
    }

    /**
     * Keycloak's discovery document answers: without it nobody logs in (reading the sites still works). The probe
     * calls in the background at most every ten seconds and reports what it last saw, so a readiness call never
     * waits for Keycloak's timeout.
     */
    static final class Keycloak implements HealthIndicator {

        private static final Duration EVERY = Duration.ofSeconds(10);

        private final TenantRealms realms;
        private final AtomicReference<Health> last = new AtomicReference<>();
        private final AtomicBoolean checking = new AtomicBoolean();
        private volatile long checkedAt;

        Keycloak(TenantRealms realms) {
            this.realms = realms;
        }

        @Override
        public Health health() {
            if (!realms.enabled()) {
                return Health.up().withDetail("configured", false).build();
            }
            if (System.nanoTime() - checkedAt > EVERY.toNanos() && checking.compareAndSet(false, true)) {
                Thread.ofVirtual().name("keycloak-health").start(() -> {
                    try {
                        last.set(realms.server().isReachable("master") ? Health.up().build()
                                : Health.status(DEGRADED).withDetail("reachable", false).build());
                    } finally {
                        checkedAt = System.nanoTime();
                        checking.set(false);
                    }
                });
            }
            Health seen = last.get();
            return seen != null ? seen : Health.unknown().withDetail("checked", false).build();
        }
    }
}
