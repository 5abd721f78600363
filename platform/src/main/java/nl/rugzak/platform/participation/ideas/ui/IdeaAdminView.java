package nl.rugzak.platform.participation.ideas.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.ideas.IdeaCard;
import nl.rugzak.platform.participation.ideas.IdeaVerdicts;
import nl.rugzak.platform.participation.ideas.IdeasModule;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.EmptyState;
import nl.rugzak.platform.staff.ui.StaffLayout;

/**
 * Ideas waiting for the municipality's verdict (they reached their phase's threshold, or are under review); the
 * verdict itself is given on the idea's page. Which phases collect ideas is set on each project's page.
 */
@Route(value = "beheer/ideeen", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(IdeasModule.ID)
public class IdeaAdminView extends Div implements HasDynamicTitle {

    public IdeaAdminView(IdeaVerdicts verdicts) {
        List<IdeaCard> waiting = verdicts.waiting();
        add(new H1(getTranslation("ideas.admin.heading")), new Paragraph(getTranslation("ideas.admin.intro")));
        add(waiting.isEmpty() ? new EmptyState(getTranslation("ideas.admin.none"))
                : new CardList(waiting.stream().map(card -> IdeaCards.of(card, Card.Level.H2)).toList()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ideas.admin.heading");
    }
}
