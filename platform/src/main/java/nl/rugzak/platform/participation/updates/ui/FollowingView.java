package nl.rugzak.platform.participation.updates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.participation.updates.Following;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.UpdatesModule;

/** What the resident follows, each with its latest news. */
@Route(value = "mijn/volgend", layout = SiteLayout.class)
@PermitAll
@ModulePage(UpdatesModule.ID)
public class FollowingView extends Div implements HasDynamicTitle {

    public FollowingView(Following following, SafeMarkdown markdown) {
        add(new H1(getTranslation("updates.following.title")));
        var followed = following.mine();
        if (followed.isEmpty()) {
            add(new Paragraph(getTranslation("updates.following.none")));
            return;
        }
        for (Following.Followed item : followed) {
            String heading = getTranslation(switch (item.target().kind()) {
                case TOPIC -> "updates.following.topic";
                case PROJECT -> "updates.following.project";
                default -> "updates.following.initiative";
            }, item.title());
            Section section = new Section(new H2(new Anchor(item.link(), heading)));
            section.add(UpdateList.of(item.latest(), markdown, getTranslation("updates.following.no-news")));
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("updates.following.title");
    }
}
