package nl.rugzak.platform.knowledge.ui;

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
import nl.rugzak.platform.knowledge.Knowledge;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import nl.rugzak.tenantadmin.console.ui.LabMenuEntry;
import nl.rugzak.tenantadmin.identity.TenantRealms;

/** For the lab: its articles for the learning circle, published or still a draft, with a link to write a new one. */
@ControlPlaneView
@LabMenuEntry(labelKey = "knowledge.lab.menu", order = 57)
@Route(value = "tenantbeheer/kennis", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class LabKnowledgeView extends Main implements HasDynamicTitle {

    public LabKnowledgeView(Knowledge knowledge) {
        setId("main-content");
        addClassName("rugzak-page-wide");
        add(new H1(getTranslation("knowledge.lab.title")), new Paragraph(getTranslation("knowledge.lab.intro")),
                new Paragraph(new RouterLink(getTranslation("knowledge.lab.new"), LabKnowledgeItemView.class,
                        new RouteParameters("id", LabKnowledgeItemView.NEW))));
        UnorderedList list = new UnorderedList();
        for (Knowledge.Summary item : knowledge.all()) {
            list.add(new ListItem(new RouterLink(item.title(), LabKnowledgeItemView.class,
                    new RouteParameters("id", Long.toString(item.id()))),
                    new Span(" – " + getTranslation(item.published() ? "knowledge.lab.published" : "knowledge.lab.draft",
                            item.comments()))));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.lab.title");
    }
}
