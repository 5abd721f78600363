package nl.rugzak.platform.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails waiting in each municipality's outbox ({@code rugzak.mail.outbox}, tag {@code tenant}): a growing number
 * means the SMTP relay refuses or the sender is throttled. Counted every minute into the gauges rather than at each
 * scrape, which would query every tenant schema as often as Prometheus asks. Every instance counts the same
 * outboxes: read it with max(), not sum().
 */
@Component
class OutboxMetrics {

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    private final TenantRegistry registry;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> waiting = new ConcurrentHashMap<>();

    OutboxMetrics(TenantRegistry registry, JdbcClient jdbc, MeterRegistry meters) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${rugzak.operations.outbox-interval:PT1M}", initialDelayString = "PT15S")
    void count() {
        for (Tenant tenant : registry.all()) {
            if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
                continue;
            }
            try {
                long pending = TenantContext.call(tenant.id(), () -> jdbc.sql(
                        "SELECT count(*) FROM notification_mail WHERE status = 'PENDING'").query(Long.class).single());
                gauge(tenant.id().slug()).set(pending);
            } catch (RuntimeException e) {
                log.debug("Could not count the outbox of {}: {}", tenant.id().slug(), e.toString());
            }
        }
    }

    private AtomicLong gauge(String tenant) {
        return waiting.computeIfAbsent(tenant, t -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("rugzak.mail.outbox", value, AtomicLong::get).tag("tenant", t)
                    .description("Mails waiting to be sent").register(meters);
            return value;
        });
    }
}
