package nl.rugzak.tenantadmin.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.cluster.ClusterLocks;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.TenantCapReached;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * A municipality's life on the platform: active, suspended (residents see a notice, staff read only), archived
 * (read only for everyone), and deleted: only after an export, with the slug typed to confirm, and undoable until
 * the grace period ends; then its schema, role and realm are removed. Every attempt is in the audit log.
 */
@Service
public class TenantLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantLifecycle.class);

    private final TenantRegistry registry;
    private final TenantRegistryStore store;
    private final TenantCreation creation;
    private final AuditLog audit;
    private final Duration gracePeriod;
    private final ClusterLocks locks;

    public TenantLifecycle(TenantRegistry registry, TenantRegistryStore store, TenantCreation creation, AuditLog audit,
                           @Value("${rugzak.tenants.deletion-grace-period:30d}") Duration gracePeriod,
                           ClusterLocks locks) {
        this.locks = locks;
        this.registry = registry;
        this.store = store;
        this.creation = creation;
        this.audit = audit;
        this.gracePeriod = gracePeriod;
    }

    public Duration gracePeriod() {
        return gracePeriod;
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void suspend(TenantId id) {
        move(id, "tenant.suspend", Set.of(TenantStatus.ACTIVE), TenantStatus.SUSPENDED,
                "lifecycle.suspend.refused");
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void resume(TenantId id) {
        move(id, "tenant.resume", Set.of(TenantStatus.SUSPENDED), TenantStatus.ACTIVE,
                "lifecycle.resume.refused");
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void archive(TenantId id) {
        move(id, "tenant.archive", Set.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED), TenantStatus.ARCHIVED,
                "lifecycle.archive.refused");
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void reactivate(TenantId id) {
        move(id, "tenant.reactivate", Set.of(TenantStatus.ARCHIVED), TenantStatus.ACTIVE,
                "lifecycle.reactivate.refused");
    }

    /** Schedules removal after the grace period; refused without an export or when the typed slug differs. */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public Instant requestDeletion(TenantId id, String typedSlug) {
        Tenant tenant = tenant(id);
        LifecycleException refusal = null;
        if (tenant.status() == TenantStatus.DELETED || tenant.status() == TenantStatus.PROVISIONING) {
            refusal = new LifecycleException("lifecycle.delete.not-now", tenant.status());
        } else if (tenant.lastExportAt() == null) {
            refusal = new LifecycleException("lifecycle.delete.export-first");
        } else if (typedSlug == null || !typedSlug.trim().equals(id.slug())) {
            refusal = new LifecycleException("lifecycle.delete.type-slug", id.slug());
        }
        if (refusal != null) {
            audit.record(LabActor.current(), "tenant.delete", id.slug(), refusal.getMessage(), AuditLog.Outcome.REFUSED);
            throw refusal;
        }
        Instant due = Instant.now().plus(gracePeriod);
        store.scheduleDeletion(id, due);
        audit.record(LabActor.current(), "tenant.delete", id.slug(),
                "Verwijdering gepland op " + due + " (ongedaan te maken tot dan)", AuditLog.Outcome.SUCCEEDED);
        return due;
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void undoDeletion(TenantId id) {
        if (tenant(id).status() != TenantStatus.DELETED) {
            audit.record(LabActor.current(), "tenant.delete.undo", id.slug(), "Niet gepland voor verwijdering",
                    AuditLog.Outcome.REFUSED);
            throw new LifecycleException("lifecycle.undo-delete.not-scheduled");
        }
        try {
            store.undoDeletion(id);
        } catch (RuntimeException e) {
            if (!TenantCapReached.causedBy(e)) {
                throw e;
            }
            LifecycleException refusal = new LifecycleException("lifecycle.undo-delete.cap-reached");
            audit.record(LabActor.current(), "tenant.delete.undo", id.slug(), refusal.getMessage(), AuditLog.Outcome.REFUSED);
            throw refusal;
        }
        audit.record(LabActor.current(), "tenant.delete.undo", id.slug(), "Verwijdering ongedaan gemaakt",
                AuditLog.Outcome.SUCCEEDED);
    }

    /** Removes the tenants whose grace period is over: schema, role, realm and registry rows. */
    /** One instance at a time: two would remove the same schema, role and realm at once. */
    @Scheduled(fixedDelayString = "${rugzak.tenants.purge-interval:PT1H}", initialDelayString = "PT1M")
    public void scheduledPurge() {
        locks.runAlone("tenants.purge", this::purgeDue);
    }

    public int purgeDue() {
        int purged = 0;
        for (Tenant tenant : registry.all()) {
            if (tenant.status() == TenantStatus.DELETED && tenant.deletionDueAt() != null
                    && !tenant.deletionDueAt().isAfter(Instant.now())) {
                try {
                    creation.removeEverything(tenant.id());
                    audit.record(LabActor.SYSTEM, "tenant.purge", tenant.id().slug(),
                            "Schema, databaserol en realm verwijderd na de bewaartermijn", AuditLog.Outcome.SUCCEEDED);
                    purged++;
                } catch (RuntimeException e) {
                    log.error("Could not purge tenant {}", tenant.id(), e);
                    audit.record(LabActor.SYSTEM, "tenant.purge", tenant.id().slug(), e.toString(), AuditLog.Outcome.FAILED);
                }
            }
        }
        return purged;
    }

    private void move(TenantId id, String action, Set<TenantStatus> from, TenantStatus to, String refusalKey) {
        Tenant tenant = tenant(id);
        if (!from.contains(tenant.status())) {
            LifecycleException refusal = new LifecycleException(refusalKey);
            audit.record(LabActor.current(), action, id.slug(), refusal.getMessage(), AuditLog.Outcome.REFUSED);
            throw refusal;
        }
        store.setStatus(id, to);
        audit.record(LabActor.current(), action, id.slug(), tenant.status() + " → " + to, AuditLog.Outcome.SUCCEEDED);
    }

    private Tenant tenant(TenantId id) {
        return registry.find(id).orElseThrow(() -> new LifecycleException("lifecycle.no-such-tenant"));
    }
}
