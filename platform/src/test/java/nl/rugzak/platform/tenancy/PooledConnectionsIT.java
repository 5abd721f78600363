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

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Connections are set up when they are lent, not reset when they come back: what a borrower changed must not reach
 * the next borrower, and a connection that died while it waited in the pool must not reach anyone.
 */
class PooledConnectionsIT extends IntegrationTest {

    static final TenantId VOORBEELD = new TenantId("voorbeeld");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void whatABorrowerChangedEndsWithItsLoan() {
        TenantContext.run(VOORBEELD, () -> {
            for (int loan = 0; loan < 5; loan++) {
                jdbc.sql("SET search_path TO public").update();
                jdbc.sql("RESET ROLE").update();
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

    private static int pidOf(Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            return pid.getInt(1);
        }
    }
}
