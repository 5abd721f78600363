package nl.rugzak.tenantadmin.console.ui;

import nl.rugzak.tenantadmin.time.Dates;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.console.TenantStatistics;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.TenantCap;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;

/** The lab's overview of every municipality on the platform, searchable and filtered by status. */
@ControlPlaneView
@LabMenuEntry(labelKey = "console.layout.tenants", order = 10)
@Route(value = "tenantbeheer", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class TenantListView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<TenantStatus> status = new Select<>();
    final Grid<Tenant> grid = new Grid<>();
    private final TenantRegistry registry;
    private final Map<String, Long> residents = new ConcurrentHashMap<>();

    public TenantListView(TenantRegistry registry, TenantCap cap, List<TenantStatistics> statistics) {
        this.registry = registry;
        setId("main-content");
        addClassName("rugzak-page-wide");
        add(new H1(getTranslation("console.tenants.title")));
        add(new Paragraph(getTranslation("console.tenants.in-use", cap.inUse(), cap.max())));

        search.setLabel(getTranslation("console.tenants.search"));
        search.setPlaceholder(getTranslation("console.tenants.search-placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setLabel(getTranslation("console.tenants.status"));
        status.setItems(TenantStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("console.tenants.all-statuses")
                : TenantStatusLabels.label(getLocale(), s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("console.tenants.all-statuses"));
        status.addValueChangeListener(e -> refresh());
        add(new HorizontalLayout(search, status));

        grid.addColumn(Tenant::displayName).setHeader(getTranslation("console.tenants.column.name")).setSortable(true);
        grid.addColumn(t -> TenantStatusLabels.label(getLocale(), t.status()))
                .setHeader(getTranslation("console.tenants.column.status")).setSortable(true);
        grid.addColumn(Tenant::primaryHost).setHeader(getTranslation("console.tenants.column.primary-host"));
        grid.addColumn(t -> "lab".equals(t.plan()) ? getTranslation("console.tenants.plan-lab") : t.plan())
                .setHeader(getTranslation("console.tenants.column.plan"));
        grid.addColumn(t -> Dates.shortDay(t.createdAt(), getLocale())).setHeader(getTranslation("console.tenants.column.created"));
        grid.addColumn(t -> residents.computeIfAbsent(t.id().slug(), slug -> statistics.stream()
                        .mapToLong(s -> t.status() == TenantStatus.PROVISIONING ? 0 : s.residents(t.id())).sum()))
                .setHeader(getTranslation("console.tenants.column.residents"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(TenantDetailView.class, new com.vaadin.flow.router.RouteParameters("slug", click.getItem().id().slug()))));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("console.tenants.title"));
        add(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.tenants.page-title");
    }

    void refresh() {
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(Locale.ROOT);
        grid.setItems(registry.all().stream()
                .filter(t -> status.getValue() == null || t.status() == status.getValue())
                .filter(t -> text.isEmpty() || t.displayName().toLowerCase(Locale.ROOT).contains(text)
                        || t.id().slug().contains(text)
                        || t.domains().stream().anyMatch(d -> d.host().contains(text)))
                .toList());
    }
}
