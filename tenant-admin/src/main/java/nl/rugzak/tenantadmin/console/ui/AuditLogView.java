package nl.rugzak.tenantadmin.console.ui;


import nl.rugzak.tenantadmin.time.Dates;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.identity.TenantRealms;

/** Every lab action, newest first, filterable; read only: nothing here changes an entry. */
@ControlPlaneView
@LabMenuEntry(labelKey = "console.layout.audit", order = 50)
@Route(value = "tenantbeheer/audit", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class AuditLogView extends Main implements HasDynamicTitle {

    final TextField tenant = new TextField();
    final TextField text = new TextField();
    final Select<AuditLog.Outcome> outcome = new Select<>();
    final Grid<AuditLog.Event> grid = new Grid<>();
    private final AuditLog audit;

    public AuditLogView(AuditLog audit) {
        this.audit = audit;
        setId("main-content");
        addClassName("rugzak-page-wide");
        add(new H1(getTranslation("console.audit.title")));
        tenant.setLabel(getTranslation("console.audit.tenant"));
        text.setLabel(getTranslation("console.audit.search"));
        tenant.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        outcome.setLabel(getTranslation("console.audit.outcome"));
        outcome.setItems(AuditLog.Outcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("console.audit.all-outcomes")
                : getTranslation(o.key()));
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("console.audit.all-outcomes"));
        tenant.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        add(new HorizontalLayout(tenant, text, outcome));
        grid.addColumn(e -> Dates.shortMoment(e.at(), getLocale())).setHeader(getTranslation("console.audit.column.when"));
        grid.addColumn(AuditLog.Event::actor).setHeader(getTranslation("console.audit.column.who"));
        grid.addColumn(AuditLog.Event::action).setHeader(getTranslation("console.audit.column.what"));
        grid.addColumn(AuditLog.Event::tenant).setHeader(getTranslation("console.audit.column.tenant"));
        grid.addColumn(e -> getTranslation(e.outcome().key()))
                .setHeader(getTranslation("console.audit.column.outcome"));
        grid.addColumn(AuditLog.Event::details).setHeader(getTranslation("console.audit.column.details")).setFlexGrow(3);
        grid.setAriaLabel(getTranslation("console.audit.title"));
        add(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.audit.page-title");
    }

    void refresh() {
        grid.setItems(audit.find(new AuditLog.Filter(tenant.getValue(), null, outcome.getValue(), text.getValue()), 500));
    }
}
