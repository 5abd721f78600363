package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.provisioning.TenantValidationException;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class TenantCreationIT extends IntegrationTest {

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void identityIsUp() {
        // Creating a tenant provisions its realm too.
        awaitIdentity();
    }

    @Test
    void aNewTenantIsServedOnItsDomainStraightAway() {
        var tenant = creation.create(new NewTenant("westerveld", "Gemeente Westerveld", "westerveld.localhost",
                List.of("www.westerveld.localhost"), List.of("nl")));

        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.primaryHost()).isEqualTo("westerveld.localhost");
        assertThat(site("westerveld.localhost").get("/").body()).contains("<title>Doe mee in Gemeente Westerveld</title>");
        assertThat(site("www.westerveld.localhost").get("/").body()).contains("Gemeente Westerveld");
        assertThat(TenantContext.call(new TenantId("westerveld"),
                () -> jdbc.sql("SELECT current_user").query(String.class).single())).isEqualTo("tenant_westerveld");
    }

    @Test
    void badSlugsAreRefusedWithAClearMessageAndNothingIsCreated() {
        Map<String, String> cases = Map.of(
                "Hoofdletters", "kleine letters",
                "a", "2 tot 40 tekens",
                "x".repeat(41), "2 tot 40 tekens",
                "met spatie", "kleine letters",
                "-begin", "kleine letters",
                "admin", "gereserveerd",
                "public", "gereserveerd",
                "control", "gereserveerd",
                "www", "gereserveerd",
                "oosterhaven", "al in gebruik");
        long tenantsBefore = tenantRows();
        long rolesBefore = tenantRoles();
        cases.forEach((slug, message) -> assertThatThrownBy(() -> creation.create(
                new NewTenant(slug, "Gemeente Test", slug.replaceAll("[^a-z]", "") + "-nieuw.localhost", List.of(), List.of("nl"))))
                .as(slug)
                .isInstanceOfSatisfying(TenantValidationException.class,
                        e -> assertThat(e.problems().get("slug")).contains(message)));
        assertThat(tenantRows()).isEqualTo(tenantsBefore);
        assertThat(tenantRoles()).isEqualTo(rolesBefore);
    }

    @Test
    void aDomainOfAnotherTenantOrTheAdminHostIsRefused() {
        assertThatThrownBy(() -> creation.create(new NewTenant("kaping", "Gemeente Kaping", "voorbeeld.localhost",
                List.of(), List.of("nl"))))
                .isInstanceOfSatisfying(TenantValidationException.class,
                        e -> assertThat(e.problems().get("primaryHost")).contains("al in gebruik bij een andere gemeente"));
        assertThatThrownBy(() -> creation.create(new NewTenant("kaping", "Gemeente Kaping", "kaping.localhost",
                List.of("OOSTERHAVEN.localhost"), List.of("nl"))))
                .isInstanceOfSatisfying(TenantValidationException.class,
                        e -> assertThat(e.problems().get("aliasHosts")).contains("al in gebruik"));
        assertThatThrownBy(() -> creation.create(new NewTenant("kaping", "Gemeente Kaping", "admin.localhost",
                List.of(), List.of("nl"))))
                .isInstanceOfSatisfying(TenantValidationException.class,
                        e -> assertThat(e.problems().get("primaryHost")).contains("tenantbeheer"));
        assertThatThrownBy(() -> creation.create(new NewTenant("kaping", "", "geen domein", List.of(), List.of("de"))))
                .isInstanceOfSatisfying(TenantValidationException.class,
                        e -> assertThat(e.problems()).containsKeys("displayName", "primaryHost", "locales"));
        assertThat(registry.find(new TenantId("kaping"))).isEmpty();
        assertThat(site("voorbeeld.localhost").get("/").body()).contains("Gemeente Voorbeeldstad");
    }

    @Test
    void aFailureWhileCreatingTheSchemaLeavesNothingHalfCreated() {
        // Someone (or an earlier crash) left a schema of that name behind: role creation rolls back with it.
        jdbc.sql("CREATE SCHEMA tenant_halfweg").update();
        long rolesBefore = tenantRoles();

        assertThatThrownBy(() -> creation.create(new NewTenant("halfweg", "Gemeente Halfweg", "halfweg.localhost",
                List.of(), List.of("nl")))).rootCause().hasMessageContaining("already exists");

        assertThat(registry.find(new TenantId("halfweg"))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM control.tenant_domain WHERE host = 'halfweg.localhost'")
                .query(Long.class).single()).isZero();
        assertThat(tenantRoles()).isEqualTo(rolesBefore);
        assertThat(site("halfweg.localhost").get("/").statusCode()).isEqualTo(404);
        jdbc.sql("DROP SCHEMA tenant_halfweg").update();
    }

    private long tenantRows() {
        return jdbc.sql("SELECT count(*) FROM control.tenant").query(Long.class).single();
    }

    private long tenantRoles() {
        return jdbc.sql("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'tenant\\_%'").query(Long.class).single();
    }
}
