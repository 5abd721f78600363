package nl.rugzak.platform.participation.projects.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import nl.rugzak.platform.participation.projects.ProjectCard;
import nl.rugzak.platform.participation.projects.ProjectStatus;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.participation.projects.ProjectsModule;
import nl.rugzak.platform.site.ui.HomeSection;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.tenantadmin.text.Texts;

/** The running projects on the home page, at most three, with a link to all of them. */
@org.springframework.stereotype.Component
class ProjectsHomeSection implements HomeSection {

    private static final int SHOWN = 3;

    private final Projects projects;

    ProjectsHomeSection(Projects projects) {
        this.projects = projects;
    }

    @Override
    public String module() {
        return ProjectsModule.ID;
    }

    @Override
    public Optional<Component> create() {
        List<ProjectCard> running = projects.published().stream()
                .filter(card -> card.status() == ProjectStatus.PUBLISHED).limit(SHOWN).toList();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        var locale = UI.getCurrent().getLocale();
        Section section = new Section(new H2(Texts.get(locale, "projects.home.title")),
                new CardList(running.stream().map(card -> ProjectCards.of(card, Card.Level.H3)).toList()),
                new Anchor("/projecten", Texts.get(locale, "projects.home.all")));
        section.addClassName("rugzak-home-projects");
        return Optional.of(section);
    }
}
