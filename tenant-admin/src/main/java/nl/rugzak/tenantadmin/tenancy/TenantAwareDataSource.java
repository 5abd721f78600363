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
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every connection is lent out acting as the current tenant's role with only that tenant's schema on its
 * search path, or, without a tenant, as the application user, which cannot read any tenant schema. On return the
 * connection is reset; one that cannot be reset is thrown away rather than handed to the next borrower.
 */
public final class TenantAwareDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TenantAwareDataSource.class);

    private final Consumer<Connection> evictor;

    /**
     * @param pool    the physical pool
     * @param evictor removes a connection from the pool for good (e.g. HikariDataSource::evictConnection)
     */
    public TenantAwareDataSource(DataSource pool, Consumer<Connection> evictor) {
        super(pool);
        this.evictor = evictor;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return lend(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return lend(obtainTargetDataSource().getConnection(username, password));
    }

    /** Closes the physical pool (Spring calls this when the application stops). */
    @Override
    public void close() throws Exception {
        if (obtainTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private Connection lend(Connection pooled) throws SQLException {
        TenantId tenant = TenantContext.current().orElse(null);
        try {
            DatabaseSession.enter(pooled, tenant);
        } catch (SQLException | RuntimeException e) {
            discard(pooled);
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Lent(pooled, tenant));
    }

    private void discard(Connection pooled) {
        try {
            evictor.accept(pooled);
        } catch (RuntimeException e) {
            log.warn("Could not evict a connection that failed its tenant reset", e);
        }
        try {
            pooled.close();
        } catch (SQLException ignored) {
            // Already evicted; closing is only to hand back the pool slot.
        }
    }

    private final class Lent implements InvocationHandler {
        private final Connection pooled;
        private final TenantId tenant;
        private boolean returned;

        Lent(Connection pooled, TenantId tenant) {
            this.pooled = pooled;
            this.tenant = tenant;
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
                discard(pooled);
                return;
            }
            pooled.close();
        }
    }
}
