package nl.rugzak.tenantadmin.billing;

import nl.rugzak.tenantadmin.time.Dates;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.billing.internal.BillingStore;
import nl.rugzak.tenantadmin.billing.internal.SubscriptionSync;
import nl.rugzak.tenantadmin.cluster.ClusterLocks;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.lifecycle.LifecycleException;
import nl.rugzak.tenantadmin.lifecycle.TenantLifecycle;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * What the subscription state does to the tenant. Unpaid or canceled: the lab is warned at once (audit log and the
 * billing pages show the date), and after the grace period the tenant is suspended through the normal lifecycle.
 * Paid again: a tenant that billing suspended is resumed. Runs after every change and on a schedule, so a change
 * that was committed just before the app stopped is still carried out.
 */
@Service
public class BillingEnforcement {

    private static final Logger log = LoggerFactory.getLogger(BillingEnforcement.class);
    static final String ACTOR = "stripe";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(Dates.ZONE);

    private final BillingStore store;
    private final ControlPlaneWork controlPlane;
    private final TenantRegistry registry;
    private final TenantLifecycle lifecycle;
    private final AuditLog audit;
    private final StripeSettings settings;
    private final SecurityContextHolderStrategy security;
    private final ClusterLocks locks;

    public BillingEnforcement(BillingStore store, ControlPlaneWork controlPlane, TenantRegistry registry,
                              TenantLifecycle lifecycle, AuditLog audit, StripeSettings settings,
                              ObjectProvider<SecurityContextHolderStrategy> security, ClusterLocks locks) {
        this.locks = locks;
        this.store = store;
        this.controlPlane = controlPlane;
        this.registry = registry;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.settings = settings;
        // The strategy method security reads (Vaadin installs its own), not whatever the static holder has now.
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** When a lapsed tenant will be suspended (null when it is not lapsed). */
    public Instant suspensionDue(BillingAccount account) {
        return account.lapsedSince() == null ? null : account.lapsedSince().plus(settings.gracePeriod());
    }

    /** One instance at a time (a second would suspend the same tenant twice and write the audit log twice). */
    @Scheduled(fixedDelayString = "${rugzak.billing.enforce-interval:PT10M}", initialDelayString = "PT1M")
    public void enforce() {
        locks.runAlone("billing.enforce", () -> enforce(Instant.now()));
    }

    /** Applies the state of every account as of {@code now}; returns how many tenants were suspended or resumed. */
    public int enforce(Instant now) {
        if (!settings.configured()) {
            return 0;
        }
        int changed = 0;
        List<BillingAccount> accounts = controlPlane.call(store::accounts);
        for (BillingAccount account : accounts) {
            try {
                changed += enforce(account, now) ? 1 : 0;
            } catch (RuntimeException e) {
                log.error("Could not apply the billing state of tenant {}", account.tenant(), e);
                audit.record(ACTOR, "billing.enforce", account.tenant().slug(), e.toString(), AuditLog.Outcome.FAILED);
            }
        }
        return changed;
    }

    /** Records what a change means (audit, warning) and carries out a resume at once; suspension waits. */
    void afterChange(SubscriptionSync.Change change, String source) {
        audit.record(ACTOR, "billing.status", change.tenant().slug(),
                SubscriptionState.dutch(change.fromStatus()) + " → " + SubscriptionState.dutch(change.toStatus())
                        + " (" + source + ")", AuditLog.Outcome.SUCCEEDED);
        if (change.newlyLapsed()) {
            audit.record(ACTOR, "billing.warning", change.tenant().slug(),
                    "Abonnement " + SubscriptionState.dutch(change.toStatus()) + ". Zonder betaling wordt de gemeente opgeschort op "
                            + DATE.format(Instant.now().plus(settings.gracePeriod())) + ".", AuditLog.Outcome.SUCCEEDED);
        }
        if (change.state() == SubscriptionState.GOOD && change.suspendedByBilling()) {
            controlPlane.call(() -> store.account(change.tenant())).ifPresent(account -> enforce(account, Instant.now()));
        }
    }

    private boolean enforce(BillingAccount account, Instant now) {
        TenantId id = account.tenant();
        Tenant tenant = registry.find(id).orElse(null);
        if (tenant == null) {
            return false;
        }
        Instant due = suspensionDue(account);
        if (account.state() == SubscriptionState.LAPSED && due != null && !due.isAfter(now)
                && !account.suspendedByBilling() && tenant.status() == TenantStatus.ACTIVE) {
            // The flag first: should the app stop in between, the tenant stays open rather than stays closed.
            controlPlane.run(() -> store.setSuspendedByBilling(id, true));
            asSystem(() -> lifecycle.suspend(id));
            audit.record(ACTOR, "billing.suspend", id.slug(), "Opgeschort: abonnement "
                    + SubscriptionState.dutch(account.subscriptionStatus()) + " sinds " + DATE.format(account.lapsedSince()),
                    AuditLog.Outcome.SUCCEEDED);
            return true;
        }
        if (account.state() == SubscriptionState.GOOD && account.suspendedByBilling()) {
            boolean resumed = false;
            if (tenant.status() == TenantStatus.SUSPENDED) {
                try {
                    asSystem(() -> lifecycle.resume(id));
                    resumed = true;
                } catch (LifecycleException e) {
                    log.warn("Tenant {} paid but could not be resumed: {}", id, e.getMessage());
                }
            }
            controlPlane.run(() -> store.setSuspendedByBilling(id, false));
            audit.record(ACTOR, "billing.resume", id.slug(), resumed ? "Weer actief: er is betaald"
                    : "Er is betaald; de gemeente was niet meer opgeschort", AuditLog.Outcome.SUCCEEDED);
            return resumed;
        }
        return false;
    }

    /** The lifecycle is the lab's: billing acts on it as the system, with the lab admin's role, as "systeem". */
    private void asSystem(Runnable work) {
        SecurityContextHolderStrategy holder = security;
        SecurityContext previous = holder.getContext();
        SecurityContext system = holder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(LabActor.SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + TenantRealms.LAB_ADMIN_ROLE))));
        holder.setContext(system);
        try {
            work.run();
        } finally {
            holder.setContext(previous);
        }
    }
}
