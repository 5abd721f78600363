package nl.rugzak.platform.notifications.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.notifications.FailedMails;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import nl.rugzak.tenantadmin.console.ui.LabMenuEntry;
import nl.rugzak.tenantadmin.identity.TenantRealms;

/** For the lab: which municipalities have mails that failed or wait after a failure (counts only, no addresses). */
@ControlPlaneView
@LabMenuEntry(labelKey = "notifications.lab.menu", order = 60)
@Route(value = "tenantbeheer/meldingen", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class LabFailedMailsView extends Main implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();

    public LabFailedMailsView(FailedMails failed) {
        setId("main-content");
        addClassName("rugzak-page-wide");
        add(new H1(getTranslation("notifications.lab.title")), new Paragraph(getTranslation("notifications.lab.intro")));
        var counts = failed.acrossTenants();
        if (counts.isEmpty()) {
            list.add(new ListItem(getTranslation("notifications.lab.empty")));
        }
        for (FailedMails.TenantCount count : counts) {
            list.add(new ListItem(getTranslation("notifications.lab.row", count.name(), count.failed(), count.retrying())));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.lab.title");
    }
}
