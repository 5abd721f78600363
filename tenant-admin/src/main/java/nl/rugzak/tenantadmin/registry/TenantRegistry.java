package nl.rugzak.tenantadmin.registry;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import nl.rugzak.tenantadmin.cluster.ClusterEvents;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * Read side of the lab's registry, asked on every request (host to tenant). It keeps a snapshot of all tenants
 * and their domains in memory; every write through {@link TenantRegistryStore} drops it, on this instance at once
 * and on the others through {@link ClusterEvents}. A short time-to-live bounds how long a change can go unseen when
 * that message is lost (the database unreachable for it).
 */
@Service
public class TenantRegistry {

    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    static final String CLUSTER_TOPIC = "tenant-registry";

    private final TenantRegistryStore store;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    public TenantRegistry(TenantRegistryStore store, ClusterEvents cluster) {
        this.store = store;
        store.onChange(this::invalidate);
        cluster.subscribe(CLUSTER_TOPIC, changed -> invalidate());
    }

    public Optional<Tenant> findByHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(current().byHost.get(host.toLowerCase(Locale.ROOT)));
    }

    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(current().bySlug.get(id.slug()));
    }

    /** The tenant a lab address names (e.g. {@code /tenantbeheer/gemeente/:slug}); empty for a malformed or unknown slug. */
    public Optional<Tenant> findBySlug(String slug) {
        return slug != null && TenantId.isWellFormed(slug) ? find(new TenantId(slug)) : Optional.empty();
    }

    public List<Tenant> all() {
        return current().all;
    }

    public void invalidate() {
        snapshot.set(null);
    }

    private Snapshot current() {
        Snapshot current = snapshot.get();
        if (current == null || current.isOlderThan(TIME_TO_LIVE)) {
            current = new Snapshot(store.loadAll(), System.nanoTime());
            snapshot.set(current);
        }
        return current;
    }

    private static final class Snapshot {
        final List<Tenant> all;
        final Map<String, Tenant> byHost = new HashMap<>();
        final Map<String, Tenant> bySlug = new HashMap<>();
        final long loadedAt;

        Snapshot(List<Tenant> tenants, long loadedAt) {
            this.all = List.copyOf(tenants);
            this.loadedAt = loadedAt;
            for (Tenant tenant : tenants) {
                bySlug.put(tenant.id().slug(), tenant);
                tenant.domains().forEach(domain -> byHost.put(domain.host(), tenant));
            }
        }

        boolean isOlderThan(Duration age) {
            return System.nanoTime() - loadedAt > age.toNanos();
        }
    }
}
