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
 * The one place connections are lent from, to Hibernate's multi-tenancy SPI and to plain JDBC alike: a connection
 * for a tenant acts as the tenant's role with only the tenant's schema on its search path; without a tenant it acts
 * as the application user on the control schema. On return the connection is reset; one that cannot be reset is
 * thrown away rather than handed to the next borrower.
 */
public class TenantConnections implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TenantConnections.class);

    private final DataSource pool;
    private final Consumer<Connection> evictor;

    /**
     * @param pool    the physical pool
     * @param evictor removes a connection from the pool for good (e.g. HikariDataSource::evictConnection)
     */
    public TenantConnections(DataSource pool, Consumer<Connection> evictor) {
        this.pool = pool;
        this.evictor = evictor;
    }

    /** The pool for work without a tenant (the control plane), e.g. to unwrap it for health checks. */
    public DataSource controlPool() {
        return pool;
    }

    /** A connection acting as {@code tenant}, or as the application user on the control schema when null. */
    public Connection lend(TenantId tenant) throws SQLException {
        return lend(pool.getConnection(), tenant, evictor);
    }

    protected final Connection lend(Connection pooled, TenantId tenant, Consumer<Connection> evict) throws SQLException {
        try {
            DatabaseSession.enter(pooled, tenant);
        } catch (SQLException | RuntimeException e) {
            discard(pooled, evict);
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Lent(pooled, tenant, evict));
    }

    @Override
    public void close() throws Exception {
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
        private boolean returned;

        Lent(Connection pooled, TenantId tenant, Consumer<Connection> evict) {
            this.pooled = pooled;
            this.tenant = tenant;
            this.evict = evict;
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
            } catch (SQLException | RuntimeException e) {
                log.warn("Connection of tenant {} could not be reset and is discarded", tenant, e);
                discard(pooled, evict);
                return;
            }
            pooled.close();
        }
    }
}
