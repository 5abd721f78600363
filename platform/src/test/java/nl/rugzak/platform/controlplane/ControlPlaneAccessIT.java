package nl.rugzak.platform.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.exchange.TenantExchange;
import nl.rugzak.tenantadmin.lifecycle.TenantLifecycle;
import nl.rugzak.tenantadmin.provisioning.FirstAdmin;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.ProvisioningPipeline;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRequest;
import nl.rugzak.tenantadmin.provisioning.TenantCap;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

class ControlPlaneAccessIT extends IntegrationTest {

    private static final TenantId VOORBEELD = new TenantId("voorbeeld");

    @Autowired
    ProvisioningPipeline pipeline;
    @Autowired
    TenantLifecycle lifecycle;
    @Autowired
    TenantSettings settings;
    @Autowired
    TenantExchange exchange;
    @Autowired
    TenantRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyALabAdminReachesTheControlPlaneServices() {
        List<Runnable> calls = List.of(
                () -> pipeline.start(new ProvisioningRequest(new NewTenant("x1", "X", "x1.localhost", List.of(), List.of("nl")),
                        new FirstAdmin("a", "b", "a@b.nl"), List.of())),
                () -> pipeline.retry(1),
                () -> lifecycle.suspend(VOORBEELD),
                () -> lifecycle.requestDeletion(VOORBEELD, "voorbeeld"),
                () -> settings.addAlias(VOORBEELD, "extra.voorbeeld.localhost"),
                () -> settings.setLocales(VOORBEELD, List.of("nl")),
                () -> exchange.export(VOORBEELD));
        for (Runnable call : calls) {
            assertThatThrownBy(() -> asUser().run(call, "tenant-admin", "editor", "moderator", "resident"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(call::run).isInstanceOf(AuthenticationException.class);
        }
        assertThat(registry.find(VOORBEELD).orElseThrow().status().name()).isEqualTo("ACTIVE");
        assertThat(registry.find(VOORBEELD).orElseThrow().aliasHosts()).isEmpty();
    }

    @Test
    void everyControlPlaneViewAdmitsOnlyTheLabAdmin() {
        var views = new ClassFileImporter().importPackages("nl.rugzak").stream()
                .filter(c -> c.isAnnotatedWith(ControlPlaneView.class)).map(c -> c.reflect()).toList();
        assertThat(views).hasSizeGreaterThanOrEqualTo(5);
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        for (Class<?> view : views) {
            assertThat(checker.hasAccess(view, () -> "lab", List.of("lab-admin")::contains)).as(view.getSimpleName()).isTrue();
            assertThat(checker.hasAccess(view, () -> "gemeente",
                    List.of("tenant-admin", "editor", "moderator", "resident")::contains)).as(view.getSimpleName()).isFalse();
            assertThat(checker.hasAccess(view, null, role -> false)).as(view.getSimpleName()).isFalse();
        }
    }

    @Autowired
    TenantCap cap;

    @Test
    void theConfiguredTenantCapIsWhatTheDatabaseEnforces() {
        assertThat(cap.max()).as("IntegrationTest configures 100").isEqualTo(100);
        assertThat(jdbc.sql("SELECT max_tenants FROM control.tenant_cap").query(Integer.class).single()).isEqualTo(100);
        assertThat(cap.inUse()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theAuditLogCannotBeChanged() {
        jdbc.sql("INSERT INTO control.audit_event (actor, action, outcome) VALUES ('test', 'test.probe', 'SUCCEEDED')").update();
        assertThatThrownBy(() -> jdbc.sql("UPDATE control.audit_event SET actor = 'iemand anders'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM control.audit_event").update())
                .rootCause().hasMessageContaining("append-only");
    }

}
