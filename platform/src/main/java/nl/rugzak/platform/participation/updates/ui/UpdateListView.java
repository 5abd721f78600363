package nl.rugzak.platform.participation.updates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;

/** All public news of the municipality, newest first. */
@Route(value = "nieuws", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(UpdatesModule.ID)
public class UpdateListView extends Div implements HasDynamicTitle {

    public static final int SHOWN = 50;

    public UpdateListView(Updates updates, SafeMarkdown markdown) {
        add(new H1(getTranslation("updates.list.title")));
        if (updates.mayPostOn(UpdateTarget.SITE)) {
            Anchor write = new Anchor("/nieuws/schrijven", getTranslation("updates.list.write"));
            write.addClassName("rugzak-button-link");
            add(write);
        }
        Anchor feed = new Anchor("/feeds/nieuws.atom", getTranslation("updates.list.feed"));
        feed.setRouterIgnore(true);
        add(new Div(feed));
        add(UpdateList.of(updates.published(UpdateTarget.SITE, SHOWN), markdown,
                getTranslation("updates.list.none")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("updates.list.title");
    }
}
