package nl.rugzak.tenantadmin.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * When a loan may skip setting role and search path, counted on connections that record what is sent to them: the
 * skip must never let a connection act for another tenant, nor outlive a borrower who may have changed the session.
 * PooledConnectionsIT checks the same promises against PostgreSQL itself.
 */
class TenantConnectionsTest {

    static final TenantId A = new TenantId("aaa");
    static final TenantId B = new TenantId("bbb");

    /** A physical connection: records the set-ups, and can have a message from the server waiting. */
    static final class Physical {
        final List<String> setUps = new ArrayList<>();
        boolean serverEndedIt;
        final Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAutoCommit" -> true;
                    case "unwrap" -> proxy;
                    case "createStatement" -> statement();
                    case "prepareStatement" -> Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {java.sql.PreparedStatement.class}, (p, m, a) -> null);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });

        private Statement statement() {
            return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("execute")) {
                            if (serverEndedIt) {
                                throw new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST);
                            }
                            setUps.add((String) args[0]);
                        }
                        return method.getName().equals("execute") ? Boolean.FALSE : null;
                    });
        }
    }

    /** One physical connection per pool, lent again and again, as a pool of one that is never checked. */
    final Map<Object, Physical> physicals = new HashMap<>();
    final List<Physical> evicted = new ArrayList<>();

    TenantConnections connections(boolean sharedAcrossTenants) {
        Physical control = new Physical();
        physicals.put("control", control);
        return new TenantConnections(pool(control), c -> evicted.add(control), tenant -> Optional.of(
                new DatabaseLogin("default", null, "login_" + tenant.slug(), "secret")),
                (tenant, login) -> {
                    Physical own = sharedAcrossTenants ? control : physicals.computeIfAbsent(tenant, t -> new Physical());
                    return new TenantConnections.Pool(pool(own), c -> evicted.add(own), () -> { }, () -> 0);
                }, Integer.MAX_VALUE, TenantConnections.IDLE_BEFORE_CLOSING,
                // As the socket check: the server's message waits once it ended the connection.
                physical -> physicals.values().stream().noneMatch(p -> p.connection == physical && p.serverEndedIt));
    }

    private DataSource pool(Physical physical) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection") ? physical.connection : null);
    }

    @Test
    void aConnectionUsedOnlyThroughPreparedStatementsIsNotSetUpAgainForTheSameTenant() throws Exception {
        TenantConnections connections = connections(false);
        for (int loan = 0; loan < 3; loan++) {
            try (Connection connection = connections.lend(A)) {
                connection.setAutoCommit(false);
                connection.prepareStatement("INSERT INTO poll_vote (poll_id, resident_id) VALUES (?, ?)");
                connection.prepareStatement("UPDATE poll_count SET votes = votes + 1 WHERE poll_id = ?");
                connection.commit();
            }
        }
        assertThat(physicals.get(A).setUps).containsExactly("SET ROLE \"tenant_aaa\"; SET search_path TO \"tenant_aaa\"");
    }

    @Test
    void aBorrowerWhoMayHaveChangedTheSessionMakesTheNextLoanSetItUpAgain() throws Exception {
        TenantConnections connections = connections(false);
        List<ThrowingUse> changes = List.of(
                connection -> connection.createStatement(),
                connection -> connection.prepareStatement("SET search_path TO public"),
                connection -> connection.prepareStatement("  reset role"),
                connection -> connection.prepareStatement("SELECT 1; SET ROLE NONE"),
                connection -> connection.prepareStatement("SELECT set_config('search_path', ?, false)"),
                connection -> connection.prepareStatement("select 1;discard all"),
                connection -> connection.prepareCall("{call anything()}"),
                connection -> connection.setSchema("public"),
                connection -> connection.unwrap(Connection.class));
        try (Connection first = connections.lend(A)) {
            first.prepareStatement("SELECT 1");
        }
        for (ThrowingUse change : changes) {
            try (Connection connection = connections.lend(A)) {
                change.use(connection);
            }
        }
        try (Connection last = connections.lend(A)) {
            last.prepareStatement("SELECT 1");
        }
        // The first loan, and the loan after each of the changes.
        assertThat(physicals.get(A).setUps).hasSize(1 + changes.size());
    }

    @Test
    void aConnectionSetUpForOneTenantIsSetUpAgainWhenLentForAnother() throws Exception {
        // Pools serve one tenant each; were one ever to hand the same connection to two, the skip must not follow it.
        TenantConnections connections = connections(true);
        for (TenantId tenant : List.of(A, A, B, B)) {
            try (Connection connection = connections.lend(tenant)) {
                connection.prepareStatement("SELECT 1");
            }
        }
        try (Connection connection = connections.lend(null)) {
            connection.prepareStatement("SELECT 1");
        }
        assertThat(physicals.get("control").setUps).containsExactly(
                "SET ROLE \"tenant_aaa\"; SET search_path TO \"tenant_aaa\"",
                "SET ROLE \"tenant_bbb\"; SET search_path TO \"tenant_bbb\"",
                "RESET ROLE; SET search_path TO control");
    }

    @Test
    void aConnectionTheServerEndedWhileItWaitedIsThrownAwayNotLent() throws Exception {
        TenantConnections connections = connections(false);
        try (Connection connection = connections.lend(A)) {
            connection.prepareStatement("SELECT 1");
        }
        Physical ended = physicals.get(A);
        ended.serverEndedIt = true;
        // The pool of one keeps lending the same dead connection: every attempt finds it ended and evicts it.
        assertThatThrownBy(() -> connections.lend(A)).isInstanceOf(SQLException.class)
                .hasMessageContaining("closed");
        assertThat(evicted).hasSize(TenantConnections.ATTEMPTS).containsOnly(ended);
    }

    @Test
    void aConnectionLentButNeverGivenBackIsSetUpOnItsNextLoan() throws Exception {
        TenantConnections connections = connections(false);
        try (Connection connection = connections.lend(A)) {
            connection.prepareStatement("SELECT 1");
        }
        Connection abandoned = connections.lend(A); // e.g. its borrower failed before returning it
        abandoned.prepareStatement("SELECT 1");
        try (Connection connection = connections.lend(A)) {
            connection.prepareStatement("SELECT 1");
        }
        assertThat(physicals.get(A).setUps).hasSize(2);
    }

    @FunctionalInterface
    interface ThrowingUse {
        void use(Connection connection) throws SQLException;
    }
}
