package nl.rugzak.tenantadmin.console.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;

/** The lab's overview of every municipality on the platform. */
@ControlPlaneView
@Route("tenantbeheer")
@PageTitle("Tenantbeheer – Co-creatie Lab")
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class TenantListView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

    public TenantListView(TenantRegistry registry) {
        setId("main-content");
        addClassName("rugzak-page");
        add(new H1("Gemeenten"));
        add(new Paragraph("Alle gemeenten op het platform, met hun status en hoofddomein."));
        Grid<Tenant> grid = new Grid<>();
        grid.addColumn(Tenant::displayName).setHeader("Gemeente").setSortable(true);
        grid.addColumn(t -> t.id().slug()).setHeader("Korte naam");
        grid.addColumn(t -> TenantStatusLabels.dutch(t.status())).setHeader("Status");
        grid.addColumn(Tenant::primaryHost).setHeader("Hoofddomein");
        grid.addColumn(t -> DATE.format(t.createdAt())).setHeader("Aangemaakt");
        grid.setItems(registry.all());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
