package nl.rugzak.tenantadmin.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.rugzak.tenantadmin.tenancy.internal.DatabaseSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place connections are lent from, to Hibernate's multi-tenancy SPI and to plain JDBC alike. Without a
 * tenant a connection comes from the control plane's pool and acts as the application user on the control schema.
 * A tenant's connection comes from a small pool of its own that logs in as the tenant's own login role, on the
 * cluster the control plane places the tenant on; it acts as the tenant's role with only the tenant's schema on its
 * search path. That login role is a member of its own tenant role only, so even SQL that names another tenant's
 * role or schema finds no way in. On return a connection is reset; one that cannot be reset is thrown away rather
 * than handed to the next borrower.
 */
public class TenantConnections implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TenantConnections.class);

    /** Makes a tenant's pool; it is closed with {@link #forget} or when the application stops. */
    @FunctionalInterface
    public interface PoolFactory {
        Pool open(TenantId tenant, DatabaseLogin login);
    }

    /** A physical pool and how to throw one of its connections away for good. */
    public record Pool(DataSource dataSource, Consumer<Connection> evictor, AutoCloseable closer) {
    }

    private final DataSource pool;
    private final Consumer<Connection> evictor;
    private final DatabaseLogins logins;
    private final PoolFactory factory;
    private final java.util.concurrent.ConcurrentMap<TenantId, Pool> tenantPools =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param controlPool the control plane's pool (the application user)
     * @param evictor     removes a connection from it for good (e.g. HikariDataSource::evictConnection)
     * @param logins      each tenant's own login
     * @param factory     makes a tenant's pool from its login
     */
    public TenantConnections(DataSource controlPool, Consumer<Connection> evictor, DatabaseLogins logins,
                             PoolFactory factory) {
        this.pool = controlPool;
        this.evictor = evictor;
        this.logins = java.util.Objects.requireNonNull(logins);
        this.factory = java.util.Objects.requireNonNull(factory);
    }

    /**
     * Closes a tenant's pool: after its login changed, it moved to another cluster, or it is removed. The next
     * connection for it logs in afresh.
     */
    public void forget(TenantId tenant) {
        Pool removed = tenantPools.remove(tenant);
        if (removed != null) {
            closeQuietly(removed);
        }
    }

    /** How many tenants have a pool open now (pools are opened on first use). */
    public int openTenantPools() {
        return tenantPools.size();
    }

    private Pool poolOf(TenantId tenant) throws SQLException {
        Pool existing = tenantPools.get(tenant);
        if (existing != null) {
            return existing;
        }
        DatabaseLogin login = logins.of(tenant).orElseThrow(() -> new SQLException(
                "Tenant " + tenant + " has no database login in the control plane"));
        Pool opened = factory.open(tenant, login);
        Pool raced = tenantPools.putIfAbsent(tenant, opened);
        if (raced != null) {
            closeQuietly(opened);
            return raced;
        }
        return opened;
    }

    private static void closeQuietly(Pool pool) {
        try {
            pool.closer().close();
        } catch (Exception e) {
            log.warn("Could not close a tenant's pool", e);
        }
    }

    /** The pool for work without a tenant (the control plane), e.g. to unwrap it for health checks. */
    public DataSource controlPool() {
        return pool;
    }

    /** A connection acting as {@code tenant}, or as the application user on the control schema when null. */
    public Connection lend(TenantId tenant) throws SQLException {
        if (tenant == null) {
            return lend(pool.getConnection(), tenant, evictor, null);
        }
        Pool own = poolOf(tenant);
        return lend(own.dataSource().getConnection(), tenant, own.evictor(), null);
    }

    /**
     * A connection acting as {@code tenant} with a login that is not (yet) the recorded one, e.g. on the cluster a
     * tenant is moving to; closing it closes its own small pool too.
     */
    public Connection lendOnce(TenantId tenant, DatabaseLogin login) throws SQLException {
        Pool once = factory.open(tenant, login);
        try {
            return lend(once.dataSource().getConnection(), tenant, once.evictor(), once.closer());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(once);
            throw e;
        }
    }

    /** Tenants whose site is read only for a short while (e.g. while moving to another cluster). */
    private final java.util.Set<TenantId> readOnly = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public void readOnly(TenantId tenant, boolean on) {
        if (on) {
            readOnly.add(tenant);
        } else {
            readOnly.remove(tenant);
        }
    }

    public boolean isReadOnly(TenantId tenant) {
        return readOnly.contains(tenant);
    }

    private Connection lend(Connection pooled, TenantId tenant, Consumer<Connection> evict, AutoCloseable afterReturn)
            throws SQLException {
        try {
            DatabaseSession.enter(pooled, tenant);
        } catch (SQLException | RuntimeException e) {
            discard(pooled, evict);
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Lent(pooled, tenant, evict, afterReturn));
    }

    @Override
    public void close() throws Exception {
        for (TenantId tenant : java.util.List.copyOf(tenantPools.keySet())) {
            forget(tenant);
        }
        if (pool instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static void discard(Connection pooled, Consumer<Connection> evict) {
        try {
            evict.accept(pooled);
        } catch (RuntimeException e) {
            log.warn("Could not evict a connection that failed its tenant reset", e);
        }
        try {
            pooled.close();
        } catch (SQLException ignored) {
            // Already evicted; closing is only to hand back the pool slot.
        }
    }

    private static final class Lent implements InvocationHandler {
        private final Connection pooled;
        private final TenantId tenant;
        private final Consumer<Connection> evict;
        private final AutoCloseable afterReturn;
        private boolean returned;

        Lent(Connection pooled, TenantId tenant, Consumer<Connection> evict, AutoCloseable afterReturn) {
            this.pooled = pooled;
            this.tenant = tenant;
            this.evict = evict;
            this.afterReturn = afterReturn;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    giveBack();
                    return null;
                }
                case "isClosed" -> {
                    return returned || pooled.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "TenantConnection[" + (tenant == null ? "no tenant" : tenant) + "] " + pooled;
                }
                default -> {
                    if (returned) {
                        throw new SQLException("Connection was already returned");
                    }
                    try {
                        return method.invoke(pooled, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }

        private void giveBack() throws SQLException {
            if (returned) {
                return;
            }
            returned = true;
            try {
                DatabaseSession.leave(pooled);
                pooled.close();
            } catch (SQLException | RuntimeException e) {
                log.warn("Connection of tenant {} could not be reset and is discarded", tenant, e);
                discard(pooled, evict);
            } finally {
                if (afterReturn != null) {
                    try {
                        afterReturn.close();
                    } catch (Exception e) {
                        log.warn("Could not close a one-off pool of tenant {}", tenant, e);
                    }
                }
            }
        }
    }
}
