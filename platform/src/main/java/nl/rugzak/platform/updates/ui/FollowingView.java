package nl.rugzak.platform.updates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.updates.Following;
import nl.rugzak.platform.updates.UpdateTarget;
import nl.rugzak.platform.updates.UpdatesModule;

/** What the resident follows, each with its latest news. */
@Route(value = "mijn/volgend", layout = SiteLayout.class)
@PageTitle("Wat ik volg")
@PermitAll
@ModulePage(UpdatesModule.ID)
public class FollowingView extends Div {

    public FollowingView(Following following, SafeMarkdown markdown) {
        add(new H1("Wat ik volg"));
        var followed = following.mine();
        if (followed.isEmpty()) {
            add(new Paragraph("U volgt nog niets. Op de pagina van een thema of initiatief kunt u op \"Volgen\" klikken."));
            return;
        }
        for (Following.Followed item : followed) {
            String kind = item.target().kind() == UpdateTarget.Kind.TOPIC ? "Thema" : "Initiatief";
            Section section = new Section(new H2(new Anchor(item.link(), kind + ": " + item.title())));
            section.add(UpdateList.of(item.latest(), markdown, "Nog geen nieuws."));
            add(section);
        }
    }
}
