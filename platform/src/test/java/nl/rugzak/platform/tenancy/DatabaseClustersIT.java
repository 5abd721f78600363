package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import nl.rugzak.platform.devservices.EmbeddedDatabase;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.exchange.TenantMove;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.schemas.DatabaseClusters;
import nl.rugzak.tenantadmin.schemas.TenantDatabases;
import nl.rugzak.tenantadmin.schemas.TenantSchemas;
import nl.rugzak.tenantadmin.tenancy.DatabaseLogin;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tenants on two PostgreSQL servers: placed on the second at creation, or moved there with their data. */
class DatabaseClustersIT extends IntegrationTest {

    static final String SECOND = "tweede";
    static EmbeddedDatabase second;

    @Autowired
    DatabaseClusters clusters;
    @Autowired
    TenantCreation creation;
    @Autowired
    TenantMove move;
    @Autowired
    TenantSchemas schemas;
    @Autowired
    TenantDatabases databases;
    @Autowired
    SiteService site;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedDatabase first;

    @BeforeAll
    static void startSecondServer() {
        second = EmbeddedDatabase.start(freshFolder("rugzak-cluster2-"), 0);
    }

    @AfterAll
    static void stopSecondServer() throws Exception {
        second.close();
    }

    @BeforeEach
    void secondClusterIsRegistered() {
        awaitIdentity();
        asUser().run(() -> clusters.register(SECOND, second.jdbcUrl(), EmbeddedDatabase.APPLICATION_USER, ""),
                "lab-admin");
    }

    @Test
    void aTenantPlacedOnTheSecondClusterKeepsItsDataThereAndNotOnTheFirst() throws Exception {
        TenantId tenant = new TenantId("optwee");
        asUser().run(() -> clusters.place(tenant, SECOND), "lab-admin");
        creation.create(new NewTenant("optwee", "Gemeente Optwee", "optwee.localhost", List.of(), List.of("nl")));
        TenantContext.run(tenant, () -> asUser().run(() -> site.write("home", "Op twee", "Alleen op de tweede"),
                "tenant-admin"));

        assertThat(clusters.clusterOf(tenant)).isEqualTo(SECOND);
        DatabaseLogin login = databases.of(tenant).orElseThrow();
        assertThat(login.jdbcUrl()).isEqualTo(second.jdbcUrl());
        assertThat(onSecondAsTenant(tenant, login, "SELECT body FROM site_page WHERE page_key = 'home'"))
                .isEqualTo("Alleen op de tweede");
        assertThat(namespaces(first.jdbcUrl(), tenant)).isZero();
        assertThat(roles(first.jdbcUrl(), tenant)).isZero();
        assertThat(TenantContext.call(tenant, () -> site.page("home").orElseThrow().getBody()))
                .isEqualTo("Alleen op de tweede");
        // The tenant on the second cluster reaches nothing on it but its own schema.
        assertThatThrownBy(() -> TenantContext.run(tenant, () -> jdbc.sql("SET ROLE rugzak_app").update()))
                .rootCause().hasMessageContaining("permission denied to set role");

        creation.removeEverything(tenant);
        assertThat(namespaces(second.jdbcUrl(), tenant)).isZero();
        assertThat(roles(second.jdbcUrl(), tenant)).isZero();
    }

    @Test
    void aMovedTenantHasEqualRowsOnTheNewClusterAndNothingLeftOnTheOld() throws Exception {
        TenantId tenant = new TenantId("verhuisstad");
        creation.create(new NewTenant("verhuisstad", "Gemeente Verhuisstad", "verhuisstad.localhost", List.of(),
                List.of("nl")));
        TenantContext.run(tenant, () -> {
            asUser().run(() -> site.write("home", "Verhuisstad", "Wij verhuizen — é"), "tenant-admin");
            asUser().run(() -> site.write("over", "Over ons", "Tweede pagina"), "tenant-admin");
        });
        String before = tableCounts(tenant);
        assertThat(namespaces(first.jdbcUrl(), tenant)).isOne();

        asUser().run(() -> move.move(tenant, SECOND), "lab-admin");

        assertThat(clusters.clusterOf(tenant)).isEqualTo(SECOND);
        assertThat(tableCounts(tenant)).isEqualTo(before);
        assertThat(TenantContext.call(tenant, () -> site.page("home").orElseThrow().getBody()))
                .isEqualTo("Wij verhuizen — é");
        assertThat(namespaces(first.jdbcUrl(), tenant)).isZero();
        assertThat(roles(first.jdbcUrl(), tenant)).isZero();
        assertThat(namespaces(second.jdbcUrl(), tenant)).isOne();
        // Writable again after the move, on the new cluster.
        TenantContext.run(tenant, () -> asUser().run(() -> site.write("na", "Na", "Na de verhuizing"), "tenant-admin"));
        assertThat(onSecondAsTenant(tenant, databases.of(tenant).orElseThrow(),
                "SELECT body FROM site_page WHERE page_key = 'na'")).isEqualTo("Na de verhuizing");

        assertThatThrownBy(() -> asUser().run(() -> move.move(tenant, SECOND), "lab-admin"))
                .isInstanceOf(DatabaseClusters.ClusterException.class);
        creation.removeEverything(tenant);
    }

    @Test
    void duringTheReadOnlyWindowReadsGoOnAndWritesAreRefusedInDutch() {
        TenantId tenant = new TenantId("voorbeeld");
        try {
            schemas.readOnly(tenant, true);
            assertThat(TenantContext.call(tenant, () -> site.page("home"))).isPresent();
            assertThatThrownBy(() -> TenantContext.run(tenant,
                    () -> asUser().run(() -> site.write("alleen-lezen", "X", "Y"), "tenant-admin")))
                    .isInstanceOf(TenantWriteGuard.ReadOnlyException.class)
                    .hasMessageContaining("verhuist naar een andere database");
            // Also SQL that no service guards: the database itself refuses it.
            assertThatThrownBy(() -> TenantContext.run(tenant, () -> jdbc.sql(
                    "INSERT INTO site_page (page_key, title) VALUES ('alleen-lezen', 'X')").update()))
                    .rootCause().hasMessageContaining("read-only transaction");
        } finally {
            schemas.readOnly(tenant, false);
        }
        TenantContext.run(tenant, () -> jdbc.sql(
                "INSERT INTO site_page (page_key, title) VALUES ('schrijfbaar-' || left(gen_random_uuid()::text, 8), 'X')").update());
    }

    private String tableCounts(TenantId tenant) {
        return TenantContext.call(tenant, () -> jdbc.sql("""
                SELECT string_agg(table_name || '=' || (xpath('/row/c/text()',
                         query_to_xml('SELECT count(*) AS c FROM ' || quote_ident(table_name), false, true, '')))[1]::text,
                         ',' ORDER BY table_name)
                  FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                   AND table_name NOT LIKE 'databasechangelog%'""").query(String.class).single());
    }

    private static String onSecondAsTenant(TenantId tenant, DatabaseLogin login, String sql) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login.username());
        properties.setProperty("password", login.password());
        try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), properties);
             Statement statement = connection.createStatement()) {
            statement.execute("SET ROLE " + tenant.roleName() + "; SET search_path TO " + tenant.schemaName());
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static long namespaces(String url, TenantId tenant) throws SQLException {
        return count(url, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + tenant.schemaName() + "'");
    }

    private static long roles(String url, TenantId tenant) throws SQLException {
        return count(url, "SELECT count(*) FROM pg_roles WHERE rolname IN ('" + tenant.roleName() + "', '"
                + TenantDatabases.loginRoleOf(tenant) + "')");
    }

    private static long count(String url, String sql) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.APPLICATION_USER);
        try (Connection connection = DriverManager.getConnection(url, properties);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
