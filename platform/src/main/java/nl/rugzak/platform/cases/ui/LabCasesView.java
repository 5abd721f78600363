package nl.rugzak.platform.cases.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.cases.LabCases;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import nl.rugzak.tenantadmin.console.ui.LabMenuEntry;
import nl.rugzak.tenantadmin.identity.TenantRealms;

/** For the lab: every municipality's case page of the learning circle, written or still to write. */
@ControlPlaneView
@LabMenuEntry(labelKey = "cases.lab.menu", order = 56)
@Route(value = "tenantbeheer/cases", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class LabCasesView extends Main implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();

    public LabCasesView(LabCases cases) {
        setId("main-content");
        addClassName("rugzak-page-wide");
        add(new H1(getTranslation("cases.lab.title")), new Paragraph(getTranslation("cases.lab.intro")));
        for (LabCases.CaseSummary summary : cases.all()) {
            RouterLink link = new RouterLink(summary.municipality(), LabCaseView.class, new RouteParameters("slug", summary.slug()));
            Span state = new Span(summary.written() ? getTranslation("cases.lab.question", summary.question())
                    : getTranslation("cases.lab.not-written"));
            list.add(new ListItem(link, new Span(" – "), state));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.lab.title");
    }
}
