package nl.rugzak.tenantadmin.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import nl.rugzak.platform.devservices.EmbeddedDatabase;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.schemas.DatabaseClusters;
import nl.rugzak.tenantadmin.schemas.TenantDatabases;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** The lab adds a database cluster on its databases page and moves a municipality there from its detail page. */
class DatabaseClustersViewIT extends IntegrationTest {

    static EmbeddedDatabase another;

    @Autowired
    ApplicationContext context;
    @Autowired
    DatabaseClusters clusters;
    @Autowired
    TenantCreation creation;
    @Autowired
    TenantDatabases databases;
    @Autowired
    SiteService site;
    @Autowired
    AuditLog audit;

    @BeforeAll
    static void startAnotherServer() {
        another = EmbeddedDatabase.start(freshFolder("rugzak-cluster-ui-"), 0);
    }

    @AfterAll
    static void stopAnotherServer() throws Exception {
        another.close();
    }

    @BeforeEach
    void identity() {
        awaitIdentity();
    }

    @AfterEach
    void closeBrowser() {
        BrowserlessUi.closeAs(context);
    }

    @Test
    void aLabAdminRegistersAClusterThroughThePage() {
        BrowserlessUi.openAs(context, "labbeheer", "lab-admin");
        DatabaseClustersView page = UI.getCurrent().navigate(DatabaseClustersView.class).orElseThrow();
        page.name.setValue("vierde");
        page.jdbcUrl.setValue(another.jdbcUrl());
        page.adminUser.setValue(EmbeddedDatabase.APPLICATION_USER);
        page.adminPassword.setValue("");
        page.register.click();

        assertThat(page.message.getText()).isEqualTo("Database vierde is toegevoegd.");
        assertThat(clusters.names()).contains("vierde");
        DatabaseClusters.Overview shown = page.grid.getGenericDataView().getItems()
                .filter(c -> c.name().equals("vierde")).findFirst().orElseThrow();
        assertThat(shown.address()).isEqualTo(another.jdbcUrl());
        assertThat(shown.tenants()).isZero();
        assertThat(page.grid.getGenericDataView().getItems().filter(DatabaseClusters.Overview::isDefault)
                .findFirst().orElseThrow().tenants()).as("voorbeeld lives on the default").isPositive();
    }

    @Test
    void badInputIsExplainedAtTheFieldAndNothingIsStored() {
        BrowserlessUi.openAs(context, "labbeheer", "lab-admin");
        DatabaseClustersView page = UI.getCurrent().navigate(DatabaseClustersView.class).orElseThrow();
        List<String> before = clusters.names();

        page.name.setValue("Met Spatie");
        page.jdbcUrl.setValue(another.jdbcUrl());
        page.adminUser.setValue(EmbeddedDatabase.APPLICATION_USER);
        page.register.click();
        assertThat(page.name.isInvalid()).isTrue();
        assertThat(page.name.getErrorMessage()).contains("kleine letters");

        page.name.setValue("vijfde");
        page.jdbcUrl.setValue("https://db.example/rugzak");
        page.register.click();
        assertThat(page.name.isInvalid()).isFalse();
        assertThat(page.jdbcUrl.isInvalid()).isTrue();
        assertThat(page.jdbcUrl.getErrorMessage()).isEqualTo("Het adres moet beginnen met jdbc:postgresql://.");

        // A password in the address would be stored unencrypted and used for every tenant login there.
        page.jdbcUrl.setValue(another.jdbcUrl() + "?password=geheim");
        page.register.click();
        assertThat(page.jdbcUrl.isInvalid()).isTrue();
        assertThat(page.jdbcUrl.getErrorMessage()).startsWith("Zet geen gebruikersnaam of wachtwoord in het adres");

        page.jdbcUrl.setValue("jdbc:postgresql://127.0.0.1:1/rugzak");
        page.register.click();
        assertThat(page.jdbcUrl.isInvalid()).isTrue();
        assertThat(page.jdbcUrl.getErrorMessage()).startsWith("De database is niet bereikbaar");
        assertThat(page.message.getText()).isEqualTo("Niets opgeslagen. Kijk bij het veld wat er mis is.");

        assertThat(clusters.names()).isEqualTo(before);
    }

    @Test
    void aLabAdminMovesAMunicipalityFromItsDetailPageAndItsDataIsOnTheNewCluster() throws Exception {
        asUser().run(() -> clusters.register("zesde", another.jdbcUrl(), EmbeddedDatabase.APPLICATION_USER, ""),
                "lab-admin");
        TenantId tenant = new TenantId("verhuisui");
        creation.create(new NewTenant("verhuisui", "Gemeente Verhuisui", "verhuisui.localhost", List.of(),
                List.of("nl")));
        try {
            TenantContext.run(tenant, () -> asUser().run(() -> site.write("home", "Verhuisui", "Wij gaan verhuizen"),
                    "tenant-admin"));
            BrowserlessUi.openAs(context, "labbeheer", "lab-admin");
            TenantDetailView detail = UI.getCurrent().navigate(TenantDetailView.class,
                    new RouteParameters("slug", "verhuisui")).orElseThrow();
            assertThat(detail.clusterSection.current.getText()).isEqualTo("Deze gemeente staat op database default.");

            // A cluster that went away after it was registered: the move fails and nothing changes.
            try (EmbeddedDatabase gone = EmbeddedDatabase.start(freshFolder("rugzak-cluster-gone-"), 0)) {
                asUser().run(() -> clusters.register("weg", gone.jdbcUrl(), EmbeddedDatabase.APPLICATION_USER, ""),
                        "lab-admin");
            }
            detail = UI.getCurrent().navigate(TenantDetailView.class, new RouteParameters("slug", "verhuisui"))
                    .orElseThrow();
            detail.clusterSection.target.setValue("weg");
            detail.clusterSection.confirm.click();
            assertThat(detail.message.getText()).startsWith("Verhuizen is niet gelukt: ")
                    .endsWith("Alles staat nog op de oude plek.");
            assertThat(clusters.clusterOf(tenant)).isEqualTo("default");
            assertThat(TenantContext.call(tenant, () -> site.page("home").orElseThrow().getBody()))
                    .isEqualTo("Wij gaan verhuizen");
            assertThat(audit.find(new AuditLog.Filter("verhuisui", "tenant.move", AuditLog.Outcome.FAILED, null), 5))
                    .hasSize(1);

            detail.clusterSection.moveTo.click();
            assertThat(detail.clusterSection.dialog.isOpened()).isTrue();
            detail.clusterSection.target.setValue("zesde");
            detail.clusterSection.confirm.click();

            assertThat(detail.message.getText()).isEqualTo("De gemeente staat nu op cluster zesde.");
            assertThat(detail.clusterSection.current.getText()).isEqualTo("Deze gemeente staat op database zesde.");
            assertThat(clusters.clusterOf(tenant)).isEqualTo("zesde");
            assertThat(databases.of(tenant).orElseThrow().jdbcUrl()).isEqualTo(another.jdbcUrl());
            assertThat(TenantContext.call(tenant, () -> site.page("home").orElseThrow().getBody()))
                    .isEqualTo("Wij gaan verhuizen");
            assertThat(audit.find(new AuditLog.Filter("verhuisui", "tenant.move", AuditLog.Outcome.SUCCEEDED, null), 5))
                    .singleElement().satisfies(e -> assertThat(e.details()).isEqualTo("default → zesde"));
        } finally {
            creation.removeEverything(tenant);
        }
    }

    @Test
    void municipalStaffCannotOpenTheDatabasesPageNorMoveAMunicipality() {
        // Even the lab's start page, where a new UI lands, is refused to them.
        assertThatThrownBy(() -> BrowserlessUi.openAs(context, "gemeentebeheer", "tenant-admin"))
                .hasMessageContaining("Denied access");
        assertThatThrownBy(() -> UI.getCurrent().navigate(DatabaseClustersView.class))
                .hasMessageContaining("Denied access").hasMessageContaining("DatabaseClustersView");
        assertThatThrownBy(() -> UI.getCurrent().navigate(TenantDetailView.class,
                new RouteParameters("slug", "voorbeeld")))
                .hasMessageContaining("Denied access").hasMessageContaining("TenantDetailView");
        assertThatThrownBy(() -> clusters.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clusters.register("zevende", another.jdbcUrl(), EmbeddedDatabase.APPLICATION_USER, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clusters.names()).doesNotContain("zevende");
    }
}
