package nl.rugzak.tenantadmin.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

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
 * role or schema finds no way in. Every loan begins by setting the role and search path, so nothing a borrower
 * changed outlives its loan; a connection that cannot be set is thrown away rather than lent. A pool serves one
 * tenant (or only the control plane), so a connection is not also reset on return: that was a second round trip per
 * loan and changed nothing the next loan does not set again.
 *
 * <p>At most {@code mostOpenPools} tenants' pools stay open: past that, opening one closes the idle pools used least
 * recently. A thousand municipalities with a pool of three each would otherwise ask PostgreSQL for thousands of
 * connections (a burst of new tenants hit "remaining connection slots are reserved" at the 287th). A pool that is
 * lending a connection is never closed, so the cap can be passed while that many municipalities are busy at once.
 */
public class TenantConnections implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TenantConnections.class);

    /** Makes a tenant's pool; it is closed with {@link #forget} or when the application stops. */
    @FunctionalInterface
    public interface PoolFactory {
        Pool open(TenantId tenant, DatabaseLogin login);
    }

    /** A physical pool, how to throw one of its connections away for good, and how many it has lent out now. */
    public record Pool(DataSource dataSource, Consumer<Connection> evictor, AutoCloseable closer, IntSupplier lent) {
    }

    /** A pool closed for the cap must have been left alone this long, so a borrower that just found it rarely loses it. */
    public static final java.time.Duration IDLE_BEFORE_CLOSING = java.time.Duration.ofSeconds(1);

    private static final class Open {
        final Pool pool;
        volatile long lastUsed = System.nanoTime();

        Open(Pool pool) {
            this.pool = pool;
        }
    }

    private final DataSource pool;
    private final Consumer<Connection> evictor;
    private final DatabaseLogins logins;
    private final PoolFactory factory;
    private final int mostOpenPools;
    private final long idleBeforeClosingNanos;
    private final java.util.concurrent.ConcurrentMap<TenantId, Open> tenantPools =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param controlPool the control plane's pool (the application user)
     * @param evictor     removes a connection from it for good (e.g. HikariDataSource::evictConnection)
     * @param logins      each tenant's own login
     * @param factory     makes a tenant's pool from its login
     */
    public TenantConnections(DataSource controlPool, Consumer<Connection> evictor, DatabaseLogins logins,
                             PoolFactory factory) {
        this(controlPool, evictor, logins, factory, Integer.MAX_VALUE, IDLE_BEFORE_CLOSING);
    }

    /**
     * @param mostOpenPools     how many tenants' pools may stay open when idle (see the class comment)
     * @param idleBeforeClosing how long a pool must have been left alone before the cap closes it
     *                          ({@link #IDLE_BEFORE_CLOSING})
     */
    public TenantConnections(DataSource controlPool, Consumer<Connection> evictor, DatabaseLogins logins,
                             PoolFactory factory, int mostOpenPools, java.time.Duration idleBeforeClosing) {
        if (mostOpenPools < 1) {
            throw new IllegalArgumentException("At least one tenant pool must be allowed open, not " + mostOpenPools);
        }
        this.mostOpenPools = mostOpenPools;
        this.idleBeforeClosingNanos = idleBeforeClosing.toNanos();
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
        Open removed = tenantPools.remove(tenant);
        if (removed != null) {
            closeQuietly(removed.pool);
        }
    }

    /** How many tenants have a pool open now (pools are opened on first use). */
    public int openTenantPools() {
        return tenantPools.size();
    }

    private Open poolOf(TenantId tenant) throws SQLException {
        Open existing = tenantPools.get(tenant);
        if (existing != null) {
            existing.lastUsed = System.nanoTime();
            return existing;
        }
        DatabaseLogin login = logins.of(tenant).orElseThrow(() -> new SQLException(
                "Tenant " + tenant + " has no database login in the control plane"));
        Open opened = new Open(factory.open(tenant, login));
        Open raced = tenantPools.putIfAbsent(tenant, opened);
        if (raced != null) {
            closeQuietly(opened.pool);
            raced.lastUsed = System.nanoTime();
            return raced;
        }
        if (tenantPools.size() > mostOpenPools) {
            closeIdlePoolsBeyondTheCap(tenant);
        }
        return opened;
    }

    private synchronized void closeIdlePoolsBeyondTheCap(TenantId justOpened) {
        long now = System.nanoTime();
        var idle = tenantPools.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(justOpened))
                .filter(entry -> now - entry.getValue().lastUsed >= idleBeforeClosingNanos)
                .filter(entry -> entry.getValue().pool.lent().getAsInt() == 0)
                .sorted(Comparator.comparingLong(entry -> entry.getValue().lastUsed))
                .toList();
        for (var entry : idle) {
            if (tenantPools.size() <= mostOpenPools) {
                return;
            }
            if (tenantPools.remove(entry.getKey(), entry.getValue())) {
                closeQuietly(entry.getValue().pool);
            }
        }
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

    /**
     * How many pooled connections a loan tries when the one it got turns out dead. A connection can die while it
     * waits in the pool (the server ended it, or it failed through the driver's own API, which the pool does not
     * watch), and the pool checks only connections that waited a while. A server restart ends every connection of a
     * pool at once; the control plane's pool holds ten.
     */
    static final int ATTEMPTS = 11;

    /** A connection acting as {@code tenant}, or as the application user on the control schema when null. */
    public Connection lend(TenantId tenant) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return borrow(tenant);
            } catch (SetUpFailed failed) {
                if (attempt == ATTEMPTS) {
                    throw failed.cause;
                }
                log.info("A pooled connection for {} was found dead and discarded; taking another: {}",
                        tenant == null ? "the control plane" : tenant, failed.cause.toString());
            }
        }
    }

    private Connection borrow(TenantId tenant) throws SQLException {
        if (tenant == null) {
            return lend(pool.getConnection(), tenant, evictor, null);
        }
        Open own = poolOf(tenant);
        Connection pooled;
        try {
            pooled = own.pool.dataSource().getConnection();
        } catch (SQLException e) {
            if (tenantPools.get(tenant) == own) {
                throw e;
            }
            // Closed for the cap between finding it and borrowing from it: the tenant gets a pool anew.
            own = poolOf(tenant);
            pooled = own.pool.dataSource().getConnection();
        }
        return lend(pooled, tenant, own.pool.evictor(), null);
    }

    /** The connection is broken or was ended by the server (08: connection exception, 57P: operator intervention). */
    private static boolean isGone(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** A pooled connection was found dead when it was set up (and was discarded); another may do. */
    private static final class SetUpFailed extends SQLException {
        final SQLException cause;

        SetUpFailed(SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause);
            this.cause = cause;
        }
    }

    /**
     * A connection acting as {@code tenant} with a login that is not (yet) the recorded one, e.g. on the cluster a
     * tenant is moving to; closing it closes its own small pool too.
     */
    public Connection lendOnce(TenantId tenant, DatabaseLogin login) throws SQLException {
        Pool once = factory.open(tenant, login);
        try {
            return lend(once.dataSource().getConnection(), tenant, once.evictor(), once.closer());
        } catch (SetUpFailed e) {
            closeQuietly(once);
            throw e.cause;
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
        } catch (SQLException e) {
            discard(pooled, evict);
            throw isGone(e) ? new SetUpFailed(e) : e;
        } catch (RuntimeException e) {
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
                pooled.close();
            } catch (SQLException | RuntimeException e) {
                log.warn("Connection of tenant {} could not be handed back and is discarded", tenant, e);
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
