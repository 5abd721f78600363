package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.rugzak.platform.devservices.EmbeddedDatabase;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.platform.support.AsyncProbe;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.schemas.TenantDatabases;
import nl.rugzak.tenantadmin.tenancy.TenantAwareDataSource;
import nl.rugzak.tenantadmin.tenancy.TenantConnections;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class TenantIsolationIT extends IntegrationTest {

    static final TenantId VOORBEELD = new TenantId("voorbeeld");
    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    SiteService site;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedDatabase embedded;
    @Autowired
    TenantDatabases logins;
    @Autowired
    AsyncProbe.Probe async;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void writesThroughRepositoriesStayWithTheirTenant() {
        String key = uniqueKey("repo");
        TenantContext.run(VOORBEELD, () -> asUser().run(() -> site.write(key, "Alleen Voorbeeldstad", "geheim van Voorbeeldstad"), "tenant-admin"));

        assertThat(TenantContext.call(OOSTERHAVEN, () -> site.page(key))).isEmpty();
        TenantContext.run(OOSTERHAVEN, () -> asUser().run(() -> site.write(key, "Alleen Oosterhaven", "geheim van Oosterhaven"), "tenant-admin"));

        assertThat(TenantContext.call(VOORBEELD, () -> site.page(key).orElseThrow().getBody()))
                .isEqualTo("geheim van Voorbeeldstad");
        assertThat(TenantContext.call(OOSTERHAVEN, () -> site.page(key).orElseThrow().getBody()))
                .isEqualTo("geheim van Oosterhaven");
    }

    @Test
    void nativeSqlSeesOnlyItsOwnTenant() {
        String key = uniqueKey("sql");
        TenantContext.run(VOORBEELD, () -> jdbc.sql("INSERT INTO site_page (page_key, title) VALUES (?, 'A')")
                .param(key).update());

        assertThat(countPages(VOORBEELD, key)).isEqualTo(1);
        assertThat(countPages(OOSTERHAVEN, key)).isZero();
        assertThat(TenantContext.call(OOSTERHAVEN, () -> jdbc.sql("SELECT count(*) FROM site_page WHERE title = 'A'")
                .query(Long.class).single())).isZero();
    }

    @Test
    void poolsOfOneConnectionAlternatingTenantsNeverLeakOneIntoTheOther() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (HikariDataSource control = pool(EmbeddedDatabase.APPLICATION_USER, null);
             TenantConnections connections = new TenantConnections(control, control::evictConnection, logins,
                     (tenant, login) -> {
                         HikariDataSource own = pool(login.username(), login.password());
                         return new TenantConnections.Pool(own, own::evictConnection, own::close,
                                 () -> own.getHikariPoolMXBean().getActiveConnections());
                     })) {
            TenantAwareDataSource tenantAware = new TenantAwareDataSource(connections);
            for (int i = 0; i < 30; i++) {
                TenantId tenant = i % 2 == 0 ? VOORBEELD : OOSTERHAVEN;
                TenantId other = i % 2 == 0 ? OOSTERHAVEN : VOORBEELD;
                String key = "pool-" + run + "-" + i;
                int round = i;
                TenantContext.run(tenant, () -> {
                    try (Connection connection = tenantAware.getConnection();
                         Statement statement = connection.createStatement()) {
                        assertThat(single(statement, "SELECT current_user")).isEqualTo(tenant.roleName());
                        assertThat(single(statement, "SHOW search_path")).isEqualTo(tenant.schemaName());
                        statement.executeUpdate("INSERT INTO site_page (page_key, title) VALUES ('" + key + "', 'pool')");
                        // Nothing the other tenant wrote in earlier rounds is visible here.
                        assertThat(single(statement, "SELECT count(*) FROM site_page WHERE page_key LIKE 'pool-"
                                + run + "-%'")).isEqualTo(String.valueOf(round / 2 + 1));
                        assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + other.schemaName() + ".site_page"))
                                .hasMessageContaining("permission denied");
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                // The control plane's single connection in between: never left acting as the tenant.
                try (Connection connection = tenantAware.getConnection();
                     Statement statement = connection.createStatement()) {
                    assertThat(single(statement, "SELECT current_user")).isEqualTo(EmbeddedDatabase.APPLICATION_USER);
                    assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM site_page"))
                            .hasMessageContaining("does not exist");
                }
            }
            assertThat(connections.openTenantPools()).isEqualTo(2);
        }
    }

    @Test
    void pastTheCapTheLeastRecentlyUsedIdlePoolIsClosedAndABusyOneNever() throws Exception {
        java.util.List<HikariDataSource> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (HikariDataSource control = pool(EmbeddedDatabase.APPLICATION_USER, null);
             TenantConnections connections = new TenantConnections(control, control::evictConnection, logins,
                     (tenant, login) -> {
                         HikariDataSource own = pool(login.username(), login.password());
                         opened.add(own);
                         return new TenantConnections.Pool(own, own::evictConnection, own::close,
                                 () -> own.getHikariPoolMXBean().getActiveConnections());
                     }, 1, java.time.Duration.ZERO)) {
            // Voorbeeldstad holds its connection: its pool must survive Oosterhaven's opening.
            try (Connection held = connections.lend(VOORBEELD)) {
                try (Connection other = connections.lend(OOSTERHAVEN)) {
                    assertThat(connections.openTenantPools()).isEqualTo(2);
                }
                assertThat(single(held.createStatement(), "SELECT current_user")).isEqualTo(VOORBEELD.roleName());
            }
            // Both idle now: using an open pool closes nothing; only opening one past the cap does.
            try (Connection again = connections.lend(OOSTERHAVEN)) {
                assertThat(connections.openTenantPools()).isEqualTo(2);
            }
            connections.forget(OOSTERHAVEN);
            // Voorbeeldstad's pool, idle again, is closed when Oosterhaven's is opened again.
            try (Connection voorbeeld = connections.lend(VOORBEELD)) {
                assertThat(single(voorbeeld.createStatement(), "SELECT current_user")).isEqualTo(VOORBEELD.roleName());
            }
            try (Connection oosterhaven = connections.lend(OOSTERHAVEN);
                 Statement statement = oosterhaven.createStatement()) {
                assertThat(single(statement, "SELECT current_user")).isEqualTo(OOSTERHAVEN.roleName());
            }
            assertThat(connections.openTenantPools()).isEqualTo(1);
            assertThat(opened.get(0).isClosed()).as("Voorbeeldstad's first pool, closed for the cap").isTrue();
            try (Connection voorbeeld = connections.lend(VOORBEELD);
                 Statement statement = voorbeeld.createStatement()) {
                assertThat(single(statement, "SELECT current_user")).isEqualTo(VOORBEELD.roleName());
            }
        }
    }

    private HikariDataSource pool(String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(embedded.jdbcUrl());
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }

    @Test
    void asyncWorkRunsForTheTenantThatStartedIt() throws Exception {
        String key = uniqueKey("async");
        TenantContext.run(VOORBEELD, () -> asUser().run(() -> site.write(key, "Async", "alleen Voorbeeldstad"), "tenant-admin"));

        var fromVoorbeeld = TenantContext.call(VOORBEELD, () -> async.pagesWithKey(key));
        var fromOosterhaven = TenantContext.call(OOSTERHAVEN, () -> async.pagesWithKey(key));
        var roleOfOosterhaven = TenantContext.call(OOSTERHAVEN, () -> async.databaseRole());
        var roleWithoutTenant = async.databaseRole();

        assertThat(fromVoorbeeld.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(fromOosterhaven.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(roleOfOosterhaven.get(10, TimeUnit.SECONDS)).isEqualTo("tenant_oosterhaven");
        assertThat(roleWithoutTenant.get(10, TimeUnit.SECONDS)).isEqualTo(EmbeddedDatabase.APPLICATION_USER);
    }

    @Test
    void eventsReachTheirListenersInsideTheEventsTenant() throws Exception {
        String key = uniqueKey("event");
        TenantContext.run(VOORBEELD, () -> asUser().run(() -> site.write(key, "Event", ""), "tenant-admin"));
        var forVoorbeeld = new AsyncProbe.PageCountAsked(VOORBEELD, key, new java.util.concurrent.CompletableFuture<>());
        var forOosterhaven = new AsyncProbe.PageCountAsked(OOSTERHAVEN, key, new java.util.concurrent.CompletableFuture<>());

        events.publishEvent(forVoorbeeld);
        TenantContext.run(VOORBEELD, () -> events.publishEvent(forOosterhaven));

        assertThat(forVoorbeeld.answer().get(5, TimeUnit.SECONDS)).isEqualTo("tenant_voorbeeld:1");
        assertThat(forOosterhaven.answer().get(5, TimeUnit.SECONDS)).isEqualTo("tenant_oosterhaven:0");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void namingAnotherTenantsSchemaIsPermissionDenied() {
        assertThatThrownBy(() -> TenantContext.run(VOORBEELD,
                () -> jdbc.sql("SELECT count(*) FROM tenant_oosterhaven.site_page").query(Long.class).single()))
                .rootCause().hasMessageContaining("permission denied for schema tenant_oosterhaven");
        assertThatThrownBy(() -> TenantContext.run(OOSTERHAVEN,
                () -> jdbc.sql("UPDATE tenant_voorbeeld.site_page SET title = 'overgenomen'").update()))
                .rootCause().hasMessageContaining("permission denied for schema tenant_voorbeeld");
    }

    @Test
    void aConnectionWithoutTenantReadsNoTenantData() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(() -> jdbc.sql("SELECT count(*) FROM tenant_voorbeeld.site_page").query(Long.class).single())
                .rootCause().hasMessageContaining("permission denied for schema tenant_voorbeeld");
        assertThatThrownBy(() -> jdbc.sql("SELECT count(*) FROM site_page").query(Long.class).single())
                .rootCause().hasMessageContaining("relation \"site_page\" does not exist");
    }

    @Test
    void nothingFallsBackToPublicOrADefaultTenant() {
        // Even a table that the application user puts in public is never found by a tenant's unqualified name.
        jdbc.sql("CREATE TABLE IF NOT EXISTS public.fallback_probe (id int)").update();
        assertThatThrownBy(() -> TenantContext.run(VOORBEELD,
                () -> jdbc.sql("SELECT count(*) FROM fallback_probe").query(Long.class).single()))
                .rootCause().hasMessageContaining("does not exist");
        assertThat(TenantContext.call(VOORBEELD, () -> jdbc.sql("SHOW search_path").query(String.class).single()))
                .isEqualTo("tenant_voorbeeld");
        assertThatThrownBy(() -> site.page("home")).isInstanceOf(TenantContext.NoTenantException.class);
    }

    private long countPages(TenantId tenant, String key) {
        return TenantContext.call(tenant, () -> jdbc.sql("SELECT count(*) FROM site_page WHERE page_key = ?")
                .param(key).query(Long.class).single());
    }

    private static String uniqueKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
