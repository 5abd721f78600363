package nl.rugzak.platform.participation.projects.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.projects.ProjectCard;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.participation.projects.ProjectsModule;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.EmptyState;

/** Every public project, running ones first, each with its current phase. */
@Route(value = "projecten", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(ProjectsModule.ID)
public class ProjectListView extends Div implements HasDynamicTitle {

    public ProjectListView(Projects projects) {
        addClassName("rugzak-projects");
        List<ProjectCard> cards = projects.published();
        add(new H1(getTranslation("projects.list.title")), new Paragraph(getTranslation("projects.list.intro")));
        add(cards.isEmpty() ? new EmptyState(getTranslation("projects.list.none"))
                : new CardList(cards.stream().map(card -> ProjectCards.of(card, Card.Level.H2)).toList()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.list.title");
    }
}
