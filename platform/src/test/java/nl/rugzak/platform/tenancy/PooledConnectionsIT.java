package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.rugzak.platform.devservices.EmbeddedDatabase;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.tenancy.TenantConnections;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Connections are set up when they are lent (unless nothing could have changed them since their last set-up), not
 * reset when they come back: what a borrower changed must not reach the next borrower, and a connection that died
 * while it waited in the pool must not reach anyone.
 */
class PooledConnectionsIT extends IntegrationTest {

    static final TenantId VOORBEELD = new TenantId("voorbeeld");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    EmbeddedDatabase embedded;

    @Test
    void whatABorrowerChangedEndsWithItsLoan() {
        TenantContext.run(VOORBEELD, () -> {
            for (int loan = 0; loan < 5; loan++) {
                jdbc.sql("SET search_path TO public").update();
                jdbc.sql("RESET ROLE").update();
                // The same through prepared statements, which otherwise let the next loan skip its set-up.
                jdbc.sql("SELECT set_config('search_path', ?, false)").param("public").query(String.class).single();
                jdbc.sql("SELECT set_config('role', ?, false)").param("none").query(String.class).single();
            }
        });
        for (int loan = 0; loan < 5; loan++) {
            assertThat(TenantContext.call(VOORBEELD, () -> jdbc.sql(
                    "SELECT current_user || ' ' || current_setting('search_path')").query(String.class).single()))
                    .isEqualTo("tenant_voorbeeld tenant_voorbeeld");
        }
        jdbc.sql("SET search_path TO public").update();
        assertThat(jdbc.sql("SELECT current_setting('search_path')").query(String.class).single()).isEqualTo("control");
    }

    @Test
    void aConnectionThatDiedInThePoolIsNotLent() throws Exception {
        // Connections used a moment ago and then ended by the server while they wait in the pool (a restart, a
        // firewall dropping them, or a failure seen only through the driver's own API): the pool does not check a
        // connection it lent less than half a second ago.
        Set<Integer> ended = new HashSet<>();
        TenantContext.callWithoutTenant(() -> {
            List<Connection> held = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                ended.add(pidOf(connection));
            }
            try (Connection killer = dataSource.getConnection();
                 Statement statement = killer.createStatement()) {
                for (Connection connection : held) {
                    connection.close();
                }
                for (int pid : ended) {
                    // Waits until the server process has ended.
                    statement.execute("SELECT pg_terminate_backend(" + pid + ", 5000)");
                }
            }
            return null;
        });

        // Held all at once, so the pool must lend the ended ones too, had it not dropped them.
        List<Integer> lent = TenantContext.callWithoutTenant(() -> {
            List<Connection> held = new ArrayList<>();
            List<Integer> pids = new ArrayList<>();
            try {
                for (int i = 0; i < 6; i++) {
                    Connection connection = dataSource.getConnection();
                    held.add(connection);
                    pids.add(pidOf(connection));
                }
            } finally {
                for (Connection connection : held) {
                    connection.close();
                }
            }
            return pids;
        });
        assertThat(lent).hasSize(6).doesNotContainAnyElementsOf(ended);
    }

    @Test
    void aLoanAfterACleanOneSendsNothingAndOneAfterAPlainStatementIsSetUpAgain() throws Exception {
        // A pool of one connection, so that every loan is the same backend; the application's pool (the same user)
        // watches what that backend last ran.
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(embedded.jdbcUrl());
        config.setUsername(EmbeddedDatabase.APPLICATION_USER);
        config.setMaximumPoolSize(1);
        try (HikariDataSource control = new HikariDataSource(config);
             TenantConnections connections = new TenantConnections(control, control::evictConnection,
                     tenant -> java.util.Optional.empty(), (tenant, login) -> {
                         throw new IllegalStateException("only the control plane here");
                     })) {
            int pid;
            try (Connection first = connections.lend(null)) {
                pid = pidOf(first);
            }
            try (Connection second = connections.lend(null)) {
                assertThat(lastQueryOf(pid)).as("nothing sent for the clean loan's successor")
                        .isEqualTo("SELECT pg_backend_pid()");
                assertThat(pidOf(second)).isEqualTo(pid);
                try (Statement plain = second.createStatement()) {
                    plain.execute("SELECT 1");
                }
            }
            try (Connection third = connections.lend(null)) {
                // pgjdbc sends the set-up's two commands apart; the backend shows the last one.
                assertThat(lastQueryOf(pid)).as("set up again after a plain statement")
                        .isEqualTo(" SET search_path TO control");
                assertThat(pidOf(third)).isEqualTo(pid);
            }
        }
    }

    private String lastQueryOf(int pid) {
        return TenantContext.callWithoutTenant(() -> jdbc.sql("SELECT query FROM pg_stat_activity WHERE pid = ?")
                .param(pid).query(String.class).single());
    }

    /** Through a prepared statement, as the application's own work: the connection stays clean for the next loan. */
    private static int pidOf(Connection connection) throws java.sql.SQLException {
        try (var statement = connection.prepareStatement("SELECT pg_backend_pid()");
             ResultSet pid = statement.executeQuery()) {
            pid.next();
            return pid.getInt(1);
        }
    }
}
