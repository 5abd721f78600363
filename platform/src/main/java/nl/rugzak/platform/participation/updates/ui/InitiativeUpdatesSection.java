package nl.rugzak.platform.participation.updates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.participation.initiatives.InitiativePageSection;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;

/** On an initiative's page: its news, and for its owner (or an editor) a link to write some. */
@org.springframework.stereotype.Component
class InitiativeUpdatesSection implements InitiativePageSection {

    private final Updates updates;
    private final EnabledModules modules;
    private final SafeMarkdown markdown;

    InitiativeUpdatesSection(Updates updates, EnabledModules modules, SafeMarkdown markdown) {
        this.updates = updates;
        this.modules = modules;
        this.markdown = markdown;
    }

    @Override
    public Component create(long initiativeId) {
        Section section = new Section();
        if (!modules.isEnabled(UpdatesModule.ID)) {
            section.setVisible(false);
            return section;
        }
        section.addClassName("rugzak-updates");
        section.add(new H2(section.getTranslation("updates.initiative.heading")));
        UpdateTarget target = UpdateTarget.initiative(initiativeId);
        Div actions = new Div();
        if (updates.mayPostOn(target)) {
            Anchor write = new Anchor("/nieuws/schrijven?initiatief=" + initiativeId, section.getTranslation("updates.initiative.write"));
            write.addClassName("rugzak-button-link");
            actions.add(write);
        }
        Anchor feed = new Anchor("/feeds/initiatief/" + initiativeId + ".atom", section.getTranslation("updates.feed.link"));
        feed.setRouterIgnore(true);
        actions.add(feed);
        section.add(actions, UpdateList.of(updates.published(target, 10), markdown,
                section.getTranslation("updates.initiative.none")));
        return section;
    }
}
