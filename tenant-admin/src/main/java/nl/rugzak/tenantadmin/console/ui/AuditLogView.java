package nl.rugzak.tenantadmin.console.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.identity.TenantRealms;

/** Every lab action, newest first, filterable; read only: nothing here changes an entry. */
@ControlPlaneView
@Route(value = "tenantbeheer/audit", layout = LabLayout.class)
@PageTitle("Auditlog – Co-creatie Lab")
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class AuditLogView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    final TextField tenant = new TextField("Gemeente (korte naam)");
    final TextField text = new TextField("Zoeken in wie en details");
    final Select<AuditLog.Outcome> outcome = new Select<>();
    final Grid<AuditLog.Event> grid = new Grid<>();
    private final AuditLog audit;

    public AuditLogView(AuditLog audit) {
        this.audit = audit;
        setId("main-content");
        addClassName("rugzak-page-wide");
        add(new H1("Auditlog"));
        tenant.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        outcome.setLabel("Uitkomst");
        outcome.setItems(AuditLog.Outcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "Alle uitkomsten" : switch (o) {
            case SUCCEEDED -> "Gelukt";
            case FAILED -> "Mislukt";
            case REFUSED -> "Geweigerd";
        });
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption("Alle uitkomsten");
        tenant.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        add(new HorizontalLayout(tenant, text, outcome));
        grid.addColumn(e -> TIME.format(e.at())).setHeader("Wanneer");
        grid.addColumn(AuditLog.Event::actor).setHeader("Wie");
        grid.addColumn(AuditLog.Event::action).setHeader("Wat");
        grid.addColumn(AuditLog.Event::tenant).setHeader("Gemeente");
        grid.addColumn(e -> e.outcome().name()).setHeader("Uitkomst");
        grid.addColumn(AuditLog.Event::details).setHeader("Details").setFlexGrow(3);
        grid.setAriaLabel("Auditlog");
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(audit.find(new AuditLog.Filter(tenant.getValue(), null, outcome.getValue(), text.getValue()), 500));
    }
}
