package nl.rugzak.tenantadmin.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.devservices.EmbeddedDatabase;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.schemas.DatabaseClusters;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The lab chooses the database cluster of a new municipality on the creation form. */
class NewTenantOnClusterIT extends IntegrationTest {

    static EmbeddedDatabase another;

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantRegistry registry;
    @Autowired
    DatabaseClusters clusters;

    @BeforeAll
    static void startAnotherServer() {
        another = EmbeddedDatabase.start(freshFolder("rugzak-cluster3-"), 0);
    }

    @AfterAll
    static void stopAnotherServer() throws Exception {
        another.close();
    }

    @BeforeEach
    void labAdminInTheBrowser() {
        awaitIdentity();
        asUser().run(() -> clusters.register("derde", another.jdbcUrl(), EmbeddedDatabase.APPLICATION_USER, ""),
                "lab-admin");
        BrowserlessUi.openAs(context, "labbeheer", "lab-admin");
    }

    @AfterEach
    void closeBrowser() {
        BrowserlessUi.closeAs(context);
    }

    @Test
    void theChosenClusterHoldsTheNewMunicipality() {
        NewTenantView wizard = UI.getCurrent().navigate(NewTenantView.class).orElseThrow();
        assertThat(wizard.cluster.getParent()).as("offered once there is more than one cluster").isPresent();
        assertThat(wizard.cluster.getValue()).isEqualTo("default");
        assertThat(wizard.cluster.getLabel()).isEqualTo("Database-cluster");
        wizard.displayName.setValue("Gemeente Derdeburg");
        wizard.slug.setValue("derdeburg");
        wizard.primaryHost.setValue("derdeburg.localhost");
        wizard.adminFirstName.setValue("Dirk");
        wizard.adminLastName.setValue("Derde");
        wizard.adminEmail.setValue("dirk@derdeburg.example");
        wizard.cluster.setValue("derde");
        wizard.create.click();

        await().atMost(Duration.ofSeconds(90)).until(() -> registry.find(new TenantId("derdeburg"))
                .map(t -> t.status().name().equals("ACTIVE")).orElse(false));
        assertThat(clusters.clusterOf(new TenantId("derdeburg"))).isEqualTo("derde");
        assertThat(site("derdeburg.localhost").get("/").body()).contains("Gemeente Derdeburg");
    }
}
