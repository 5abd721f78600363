package nl.rugzak.platform.updates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.updates.UpdateTarget;
import nl.rugzak.platform.updates.Updates;
import nl.rugzak.platform.updates.UpdatesModule;

/** All public news of the municipality, newest first. */
@Route(value = "nieuws", layout = SiteLayout.class)
@PageTitle("Nieuws")
@AnonymousAllowed
@ModulePage(UpdatesModule.ID)
public class UpdateListView extends Div {

    public static final int SHOWN = 50;

    public UpdateListView(Updates updates, SafeMarkdown markdown) {
        add(new H1("Nieuws"));
        if (updates.mayPostOn(UpdateTarget.SITE)) {
            Anchor write = new Anchor("/nieuws/schrijven", "Schrijf een bericht");
            write.addClassName("rugzak-button-link");
            add(write);
        }
        Anchor feed = new Anchor("/feeds/nieuws.atom", "Volg het nieuws met een feedlezer (Atom)");
        feed.setRouterIgnore(true);
        add(new Div(feed));
        add(UpdateList.of(updates.published(UpdateTarget.SITE, SHOWN), markdown, "Er is nog geen nieuws."));
    }
}
