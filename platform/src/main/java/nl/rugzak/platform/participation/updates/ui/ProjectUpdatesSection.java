package nl.rugzak.platform.participation.updates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.projects.ProjectPageSection;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;

/** On a project's page: its news, and for editors a link to write some (following is the project page's own). */
@org.springframework.stereotype.Component
class ProjectUpdatesSection implements ProjectPageSection {

    private final Updates updates;
    private final EnabledModules modules;
    private final SafeMarkdown markdown;

    ProjectUpdatesSection(Updates updates, EnabledModules modules, SafeMarkdown markdown) {
        this.updates = updates;
        this.modules = modules;
        this.markdown = markdown;
    }

    @Override
    public Component create(long projectId) {
        Section section = new Section();
        if (!modules.isEnabled(UpdatesModule.ID)) {
            section.setVisible(false);
            return section;
        }
        section.addClassName("rugzak-updates");
        section.add(new H2(section.getTranslation("updates.project.heading")));
        UpdateTarget target = UpdateTarget.project(projectId);
        if (updates.mayPostOn(target)) {
            Anchor write = new Anchor("/nieuws/schrijven?project=" + projectId, section.getTranslation("updates.project.write"));
            write.addClassName("rugzak-button-link");
            section.add(new Div(write));
        }
        section.add(UpdateList.of(updates.published(target, 10), markdown, section.getTranslation("updates.project.none")));
        return section;
    }
}
