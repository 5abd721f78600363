package nl.rugzak.platform.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The participation dashboards: a municipality's staff see their own figures (the tenant of the request, never one
 * named by the caller); the lab sees every municipality's side by side. Both read only the roll-up's sums.
 */
@Service
public class Dashboards {

    /** One municipality in the lab's comparison. */
    public record TenantFigures(String slug, String name, Figures figures) {
    }

    private final FiguresReader reader;
    private final TenantRegistry registry;
    private final TransactionTemplate readOnly;

    Dashboards(FiguresReader reader, TenantRegistry registry, PlatformTransactionManager transactions) {
        this.reader = reader;
        this.registry = registry;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /** The figures of the municipality of this request. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('tenant-admin', 'editor')")
    public TenantFigures here() {
        Tenant tenant = registry.find(TenantContext.require()).orElseThrow();
        return new TenantFigures(tenant.id().slug(), tenant.displayName(), reader.read());
    }

    /** Every municipality that runs (also suspended ones: their figures still teach), by name. */
    @PreAuthorize("hasRole('lab-admin')")
    public List<TenantFigures> acrossTenants() {
        List<TenantFigures> all = new ArrayList<>();
        for (Tenant tenant : registry.all()) {
            if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
                continue;
            }
            figuresOf(tenant).ifPresent(all::add);
        }
        all.sort(Comparator.comparing(TenantFigures::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    private Optional<TenantFigures> figuresOf(Tenant tenant) {
        try {
            // One read-only transaction per municipality: its few queries share one connection to its schema.
            return Optional.of(TenantContext.call(tenant.id(), () -> readOnly.execute(
                    status -> new TenantFigures(tenant.id().slug(), tenant.displayName(), reader.read()))));
        } catch (RuntimeException unreachable) {
            // A municipality being restored or moved has no readable schema for a moment; it shows up next time.
            return Optional.empty();
        }
    }
}
