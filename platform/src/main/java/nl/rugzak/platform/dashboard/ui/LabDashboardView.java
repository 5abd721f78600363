package nl.rugzak.platform.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.dashboard.DashboardCsv;
import nl.rugzak.platform.dashboard.DashboardLabels;
import nl.rugzak.platform.dashboard.Dashboards;
import nl.rugzak.platform.site.ui.parts.BarChart;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import nl.rugzak.tenantadmin.console.ui.LabMenuEntry;
import nl.rugzak.tenantadmin.identity.TenantRealms;

/** For the lab: every municipality's participation figures side by side, charts per key figure, and all as CSV. */
@ControlPlaneView
@LabMenuEntry(labelKey = "dashboard.lab.menu", order = 55)
@Route(value = "tenantbeheer/dashboard", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class LabDashboardView extends Main implements HasDynamicTitle {

    final Anchor csv;

    public LabDashboardView(Dashboards dashboards, DashboardLabels labels, DashboardCsv csvWriter) {
        setId("main-content");
        addClassName("rugzak-page-wide");
        List<Dashboards.TenantFigures> all = dashboards.acrossTenants();
        add(new H1(getTranslation("dashboard.lab.title")), new Paragraph(getTranslation("dashboard.lab.intro")));
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csvWriter.write(dashboards.acrossTenants(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "participatie-alle-gemeenten.csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("dashboard.csv.download-all"));
        add(new Paragraph(csv));
        String municipality = getTranslation("dashboard.municipality");
        chart(getTranslation("dashboard.lab.contributions"), municipality, getTranslation("dashboard.contributions"),
                all.stream().map(t -> new BarChart.Bar(t.name(), t.figures().contributions())).toList());
        chart(getTranslation("dashboard.lab.active"), municipality, getTranslation("dashboard.active-90"),
                all.stream().map(t -> new BarChart.Bar(t.name(), t.figures().active90())).toList());
        // Many municipalities make a wide table: it scrolls on its own instead of the whole page.
        Div table = new Div(new ComparisonTable(all, labels));
        table.getStyle().set("overflow-x", "auto");
        add(new Section(new H2(getTranslation("dashboard.lab.table")), table));
        List<List<String>> phases = all.stream().flatMap(t -> t.figures().perPhase().stream().map(p -> List.of(t.name(),
                getTranslation("dashboard.project-phase", p.project(), p.phase()),
                getTranslation("dashboard.figure", p.count())))).toList();
        add(new Section(new H2(getTranslation("dashboard.per-phase")), new ListTable(getTranslation("dashboard.per-phase"),
                List.of(municipality, getTranslation("dashboard.phase"), getTranslation("dashboard.count")), phases)));
        List<List<String>> reach = all.stream().flatMap(t -> t.figures().reach().stream().map(r -> List.of(t.name(),
                getTranslation("dashboard.reach-item", labels.kind(r.kind(), getLocale()), r.title()),
                getTranslation("dashboard.figure", r.participants())))).toList();
        add(new Section(new H2(getTranslation("dashboard.reach")), new ListTable(getTranslation("dashboard.reach"),
                List.of(municipality, getTranslation("dashboard.what"), getTranslation("dashboard.participants")), reach)));
    }

    private void chart(String title, String labelHeader, String countHeader, List<BarChart.Bar> bars) {
        add(new Section(new H2(title), new BarChart(title, labelHeader, countHeader, bars)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.lab.title");
    }
}
