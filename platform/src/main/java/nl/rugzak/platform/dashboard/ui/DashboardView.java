package nl.rugzak.platform.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.dashboard.DashboardCsv;
import nl.rugzak.platform.dashboard.DashboardLabels;
import nl.rugzak.platform.dashboard.Dashboards;
import nl.rugzak.platform.staff.ui.StaffLayout;

/** The municipality's participation figures for its staff, with the same figures as CSV. */
@Route(value = "beheer/dashboard", layout = StaffLayout.class)
@RolesAllowed({"tenant-admin", "editor"})
public class DashboardView extends Div implements HasDynamicTitle {

    final Anchor csv;

    public DashboardView(Dashboards dashboards, DashboardLabels labels, DashboardCsv csvWriter) {
        Dashboards.TenantFigures here = dashboards.here();
        add(new H1(getTranslation("dashboard.staff.title")), new Paragraph(getTranslation("dashboard.staff.intro")));
        // The file is made when asked for, in the request of the download (the staff member's own tenant).
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csvWriter.write(List.of(dashboards.here()), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "participatie-" + here.slug() + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("dashboard.csv.download"));
        add(new Paragraph(csv), new FiguresPanel(here.figures(), labels));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.staff.title");
    }
}
