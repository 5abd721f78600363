package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;
import java.util.UUID;

import nl.rugzak.platform.devservices.EmbeddedDatabase;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.schemas.TenantDatabases;
import nl.rugzak.tenantadmin.schemas.TenantSchemas;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An attacker with SQL on one tenant's connection (an injection, a bug) cannot reach another tenant: the connection
 * logs in as the tenant's own login role, which is a member of that tenant's role only, and the application's own
 * login role can no longer act as any tenant.
 */
class TenantLoginRolesIT extends IntegrationTest {

    static final TenantId VOORBEELD = new TenantId("voorbeeld");
    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TenantSchemas schemas;
    @Autowired
    TenantDatabases databases;

    @Test
    void aTenantsConnectionCannotBecomeAnotherTenantEvenByNamingItsRole() {
        TenantContext.run(VOORBEELD, () -> {
            assertThat(jdbc.sql("SELECT session_user").query(String.class).single())
                    .isEqualTo("login_tenant_voorbeeld");
            assertThatThrownBy(() -> jdbc.sql("SET ROLE tenant_oosterhaven").update())
                    .rootCause().hasMessageContaining("permission denied to set role \"tenant_oosterhaven\"");
            assertThatThrownBy(() -> jdbc.sql("SET ROLE rugzak_app").update())
                    .rootCause().hasMessageContaining("permission denied to set role");
            // Back to the login role itself, on one connection: it has no rights of its own at all.
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("RESET ROLE");
                assertThatThrownBy(() -> statement.executeQuery("SELECT count(*) FROM tenant_oosterhaven.site_page"))
                        .hasMessageContaining("permission denied for schema tenant_oosterhaven");
                assertThatThrownBy(() -> statement.executeQuery("SELECT count(*) FROM tenant_voorbeeld.site_page"))
                        .hasMessageContaining("permission denied for schema tenant_voorbeeld");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            assertThatThrownBy(() -> jdbc.sql("SELECT count(*) FROM control.tenant").query(Long.class).single())
                    .rootCause().hasMessageContaining("permission denied for schema control");
        });
        // The connection that was played with went back reset: the tenant still works as before.
        assertThat(TenantContext.call(VOORBEELD, () -> jdbc.sql("SELECT current_user").query(String.class).single()))
                .isEqualTo("tenant_voorbeeld");
    }

    @Test
    void theApplicationsOwnLoginIsNoMemberOfAnyTenantRole() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single())
                .isEqualTo(EmbeddedDatabase.APPLICATION_USER);
        for (TenantId tenant : List.of(VOORBEELD, OOSTERHAVEN)) {
            // ADMIN is what PostgreSQL gives a role's creator (to drop it later); acting as it is what matters.
            assertThat(jdbc.sql("SELECT pg_has_role(current_user, ?, 'SET') OR pg_has_role(current_user, ?, 'USAGE')")
                    .params(tenant.roleName(), tenant.roleName()).query(Boolean.class).single()).isFalse();
            assertThatThrownBy(() -> jdbc.sql("SET ROLE " + tenant.roleName()).update())
                    .rootCause().hasMessageContaining("permission denied to set role");
        }
    }

    @Test
    void creatingATenantGivesItALoginOfItsOwnAndRemovingItDropsIt() {
        TenantId tenant = new TenantId("rol-" + UUID.randomUUID().toString().substring(0, 8));
        schemas.create(tenant);
        String login = TenantDatabases.loginRoleOf(tenant);

        assertThat(jdbc.sql("""
                SELECT string_agg(r.rolname, ',') FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                 WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = ?)""").param(login)
                .query(String.class).single()).isEqualTo(tenant.roleName());
        String sealed = jdbc.sql("SELECT login_password FROM control.tenant_database WHERE tenant_slug = ?")
                .param(tenant.slug()).query(String.class).single();
        String password = databases.of(tenant).orElseThrow().password();
        assertThat(sealed).startsWith("v1:").doesNotContain(password);
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);

        schemas.migrate(tenant);
        assertThat(TenantContext.call(tenant, () -> jdbc.sql("SELECT session_user || '/' || current_user")
                .query(String.class).single())).isEqualTo(login + "/" + tenant.roleName());

        schemas.drop(tenant);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?)")
                .params(login, tenant.roleName()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM control.tenant_database WHERE tenant_slug = ?")
                .param(tenant.slug()).query(Long.class).single()).isZero();
    }

    @Test
    void aTenantFromBeforeLoginRolesConvergesAtStartup() {
        TenantId tenant = new TenantId("oud-" + UUID.randomUUID().toString().substring(0, 8));
        String role = tenant.roleName();
        // How earlier versions made a tenant: the application could switch to its role.
        jdbc.sql("CREATE ROLE " + role + " NOLOGIN NOINHERIT").update();
        jdbc.sql("GRANT " + role + " TO CURRENT_USER WITH INHERIT FALSE, SET TRUE").update();
        jdbc.sql("CREATE SCHEMA " + role + " AUTHORIZATION " + role).update();
        try {
            schemas.convergeLogins(List.of(tenant));

            assertThat(jdbc.sql("SELECT pg_has_role(current_user, ?, 'SET')").param(role)
                    .query(Boolean.class).single()).isFalse();
            schemas.migrate(tenant);
            assertThat(TenantContext.call(tenant, () -> jdbc.sql("SELECT session_user || '/' || current_user")
                    .query(String.class).single())).isEqualTo(TenantDatabases.loginRoleOf(tenant) + "/" + role);
            // Converging again changes nothing.
            String before = databases.of(tenant).orElseThrow().password();
            schemas.convergeLogins(List.of(tenant));
            assertThat(databases.of(tenant).orElseThrow().password()).isEqualTo(before);
        } finally {
            schemas.drop(tenant);
        }
    }
}
