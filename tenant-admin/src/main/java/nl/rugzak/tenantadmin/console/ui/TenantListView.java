package nl.rugzak.tenantadmin.console.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import com.vaadin.flow.router.PageTitle;
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
@Route(value = "tenantbeheer", layout = LabLayout.class)
@PageTitle("Gemeenten – Co-creatie Lab")
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class TenantListView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

    final TextField search = new TextField("Zoeken");
    final Select<TenantStatus> status = new Select<>();
    final Grid<Tenant> grid = new Grid<>();
    private final TenantRegistry registry;
    private final Map<String, Long> residents = new ConcurrentHashMap<>();

    public TenantListView(TenantRegistry registry, TenantCap cap, List<TenantStatistics> statistics) {
        this.registry = registry;
        setId("main-content");
        addClassName("rugzak-page-wide");
        add(new H1("Gemeenten"));
        add(new Paragraph(cap.inUse() + " van de maximaal " + cap.max() + " gemeenten in gebruik."));

        search.setPlaceholder("Naam, korte naam of domein");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setLabel("Status");
        status.setItems(TenantStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Alle statussen" : TenantStatusLabels.dutch(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Alle statussen");
        status.addValueChangeListener(e -> refresh());
        add(new HorizontalLayout(search, status));

        grid.addColumn(Tenant::displayName).setHeader("Gemeente").setSortable(true);
        grid.addColumn(t -> TenantStatusLabels.dutch(t.status())).setHeader("Status").setSortable(true);
        grid.addColumn(Tenant::primaryHost).setHeader("Hoofddomein");
        grid.addColumn(t -> "lab".equals(t.plan()) ? "Lab (gratis)" : t.plan()).setHeader("Abonnement");
        grid.addColumn(t -> DATE.format(t.createdAt())).setHeader("Aangemaakt");
        grid.addColumn(t -> residents.computeIfAbsent(t.id().slug(), slug -> statistics.stream()
                        .mapToLong(s -> t.status() == TenantStatus.PROVISIONING ? 0 : s.residents(t.id())).sum()))
                .setHeader("Bewoners");
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(TenantDetailView.class, new com.vaadin.flow.router.RouteParameters("slug", click.getItem().id().slug()))));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Gemeenten");
        add(grid);
        refresh();
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
