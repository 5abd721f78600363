package nl.rugzak.platform.participation.updates;

import java.sql.Timestamp;
import java.time.Clock;

import nl.rugzak.tenantadmin.cluster.ClusterLocks;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled updates whose time has come, municipality by municipality. It runs on a scheduler thread, so
 * each tenant is carried explicitly; one tenant's failure (e.g. a schema being restored) does not stop the others.
 * Pages never show an update before its time whether this has run or not: they also compare with the clock.
 */
@Component
public class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

    private final TenantRegistry registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final UpdateNotices notices;
    private final ClusterLocks locks;

    ScheduledPublisher(TenantRegistry registry, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                       UpdateNotices notices, ClusterLocks locks) {
        this.notices = notices;
        this.locks = locks;
        this.registry = registry;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** One instance at a time publishes (the others skip this turn); see {@link ClusterLocks}. */
    @Scheduled(fixedDelayString = "${rugzak.updates.publish-interval:PT1M}", initialDelayString = "PT30S")
    public boolean scheduled() {
        return locks.runAlone("updates.publish", this::publishDue);
    }

    public void publishDue() {
        for (Tenant tenant : registry.all()) {
            if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED
                    || !tenant.modules().contains(UpdatesModule.ID)) {
                continue;
            }
            try {
                // Followers are told in the same transaction as the publication: both happen, or neither.
                int published = TenantContext.call(tenant.id(), () -> transaction.execute(status -> {
                    var ids = jdbc.sql("""
                                    UPDATE news_update SET status = 'PUBLISHED', updated_at = publish_at
                                     WHERE status = 'SCHEDULED' AND publish_at <= ? RETURNING id""")
                            .param(Timestamp.from(clock.instant())).query(Long.class).list();
                    ids.forEach(notices::published);
                    return ids.size();
                }));
                if (published > 0) {
                    log.info("Published {} scheduled update(s) for {}", published, tenant.id().slug());
                }
            } catch (RuntimeException e) {
                log.warn("Could not publish scheduled updates for {}", tenant.id().slug(), e);
            }
        }
    }
}
