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
import org.postgresql.core.BaseConnection;
import org.postgresql.core.PGStream;
import org.postgresql.core.QueryExecutorBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place connections are lent from, to Hibernate's multi-tenancy SPI and to plain JDBC alike. Without a
 * tenant a connection comes from the control plane's pool and acts as the application user on the control schema.
 * A tenant's connection comes from a small pool of its own that logs in as the tenant's own login role, on the
 * cluster the control plane places the tenant on; it acts as the tenant's role with only the tenant's schema on its
 * search path. That login role is a member of its own tenant role only, so even SQL that names another tenant's
 * role or schema finds no way in. A loan sets the role and search path, so nothing a borrower changed outlives its
 * loan; a connection that cannot be set is thrown away rather than lent. A pool serves one tenant (or only the
 * control plane), so a connection is not also reset on return: that was a second round trip per loan and changed
 * nothing the next loan does not set again.
 *
 * <p>The set-up is skipped when it would change nothing: the physical connection was set up for this same tenant by an
 * earlier loan, every borrower since then used it only in ways that cannot change role or search path (prepared
 * statements whose text does not touch them, transactions; see {@link Lent}), and no message from the server waits on
 * its socket (a server that ends a connection, as on a restart, says so before it closes it). A busy municipality
 * then pays no round trip per loan: that was 2 of the 7 round trips of a vote through the API and a tenth of its CPU in
 * the application (async-profiler, 2026-12-04). Isolation never rests on the skip: a tenant's login role can act only
 * as its own tenant, whatever a borrower did.
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
    private final java.util.function.Predicate<Connection> quiet;
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
        this(controlPool, evictor, logins, factory, mostOpenPools, idleBeforeClosing, TenantConnections::nothingWaiting);
    }

    /**
     * @param quiet whether nothing from the server waits on an idle physical connection (see
     *              {@link #nothingWaiting})
     */
    TenantConnections(DataSource controlPool, Consumer<Connection> evictor, DatabaseLogins logins, PoolFactory factory,
                      int mostOpenPools, java.time.Duration idleBeforeClosing,
                      java.util.function.Predicate<Connection> quiet) {
        this.quiet = quiet;
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
        Object as = tenant == null ? NO_TENANT : tenant;
        Connection physical;
        try {
            physical = pooled.unwrap(Connection.class);
            if (!(setUp.remove(physical, as) && quiet.test(physical))) {
                DatabaseSession.enter(pooled, tenant);
            }
        } catch (SQLException e) {
            discard(pooled, evict);
            throw isGone(e) ? new SetUpFailed(e) : e;
        } catch (RuntimeException e) {
            discard(pooled, evict);
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Lent(pooled, physical, as, tenant, evict, afterReturn, setUp));
    }

    /** What {@link #setUp} records for a connection of the control plane's pool. */
    private static final Object NO_TENANT = new Object();

    /**
     * Physical connections whose role and search path are set for the tenant recorded here (or {@link #NO_TENANT}),
     * and unchanged since. A loan takes the record away and a clean return puts it back, so a connection that was
     * lent and never came back cleanly is set up again. Weak keys: the pools close connections without telling.
     */
    private final java.util.Map<Connection, Object> setUp =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * True when nothing from the server waits on this idle connection's socket, such as the error a server sends
     * when it ends a connection (a restart, an administrator, idle_session_timeout); the set-up then finds it dead
     * as before. Asked of the socket without a round trip. pgjdbc's own {@code getNotifications()} reads with a
     * millisecond's timeout when nothing waits, on every call (its once-a-second limit is not advanced by a read
     * that timed out): 13 % of a vote's server CPU (async-profiler, 2026-12-04). pgjdbc does not expose its stream,
     * hence the private lookup; without it (another driver, another pgjdbc) every loan is set up.
     */
    private static boolean nothingWaiting(Connection physical) {
        if (PG_STREAM == null || !(physical instanceof BaseConnection pg)
                || !(pg.getQueryExecutor() instanceof QueryExecutorBase executor) || executor.isClosed()) {
            return false;
        }
        try {
            return ((PGStream) PG_STREAM.get(executor)).getSocket().getInputStream().available() == 0;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static final java.lang.invoke.VarHandle PG_STREAM = pgStream();

    private static java.lang.invoke.VarHandle pgStream() {
        try {
            return java.lang.invoke.MethodHandles.privateLookupIn(QueryExecutorBase.class,
                    java.lang.invoke.MethodHandles.lookup()).findVarHandle(QueryExecutorBase.class, "pgStream", PGStream.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("pgjdbc's stream is out of reach: every loan sets role and search path ({})", e.toString());
            return null;
        }
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

    /**
     * A lent connection. It stays clean (the next loan may skip the set-up) only while its borrower uses it through
     * the methods below that cannot change the session's role or search path, and prepares only statements whose
     * text does not name them. A plain {@code Statement}, a call, {@code setSchema} or unwrapping to the driver's own
     * connection make it dirty: the next loan sets role and search path again. That costs one round trip, never
     * isolation.
     */
    private static final class Lent implements InvocationHandler {

        private static final java.util.Set<String> CLEAN_METHODS = java.util.Set.of(
                "setAutoCommit", "getAutoCommit", "commit", "rollback", "setReadOnly", "isReadOnly",
                "setTransactionIsolation", "getTransactionIsolation", "getWarnings", "clearWarnings",
                "setSavepoint", "releaseSavepoint", "getHoldability", "setHoldability", "getMetaData",
                "getNetworkTimeout", "getSchema", "getCatalog", "isValid", "isWrapperFor",
                "createArrayOf", "createBlob", "createClob", "createSQLXML", "createStruct");
        /**
         * Statement text that may change the session: a command starting with SET, RESET or DISCARD, or any mention
         * of a role, the search path, set_config or session authorization. A false alarm (a column named role)
         * only costs the next loan its set-up.
         */
        private static final java.util.regex.Pattern MAY_CHANGE_SESSION = java.util.regex.Pattern.compile(
                "(?i)(^|;)\\s*(set|reset|discard)\\b|\\b(role|search_path|set_config|authorization)\\b");

        /**
         * The verdict per statement text: the application prepares the same few hundred texts again and again, and
         * the pattern cost 3 % of a vote's CPU (async-profiler, 2026-12-04).
         */
        private static final java.util.Map<String, Boolean> KEEPS_SESSION = new java.util.concurrent.ConcurrentHashMap<>();
        private static final int MOST_REMEMBERED_STATEMENTS = 10_000;

        private final Connection pooled;
        private final Connection physical;
        private final Object as;
        private final TenantId tenant;
        private final Consumer<Connection> evict;
        private final AutoCloseable afterReturn;
        private final java.util.Map<Connection, Object> setUp;
        private boolean returned;
        private boolean clean = true;

        Lent(Connection pooled, Connection physical, Object as, TenantId tenant, Consumer<Connection> evict,
             AutoCloseable afterReturn, java.util.Map<Connection, Object> setUp) {
            this.pooled = pooled;
            this.physical = physical;
            this.as = as;
            this.tenant = tenant;
            this.evict = evict;
            this.afterReturn = afterReturn;
            this.setUp = setUp;
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
                    if (clean && !keepsSession(method, args)) {
                        clean = false;
                    }
                    try {
                        return method.invoke(pooled, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }

        private static boolean keepsSession(Method method, Object[] args) {
            String name = method.getName();
            if (name.equals("prepareStatement")) {
                String sql = (String) args[0];
                Boolean keeps = KEEPS_SESSION.get(sql);
                if (keeps == null) {
                    if (KEEPS_SESSION.size() > MOST_REMEMBERED_STATEMENTS) {
                        KEEPS_SESSION.clear();
                    }
                    keeps = !MAY_CHANGE_SESSION.matcher(sql).find();
                    KEEPS_SESSION.put(sql, keeps);
                }
                return keeps;
            }
            return CLEAN_METHODS.contains(name);
        }

        private void giveBack() throws SQLException {
            if (returned) {
                return;
            }
            returned = true;
            if (clean && afterReturn == null) {
                // Before it goes back: the next borrower may have it a moment later.
                setUp.put(physical, as);
            }
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
