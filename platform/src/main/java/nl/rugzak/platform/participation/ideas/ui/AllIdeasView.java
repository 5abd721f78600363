package nl.rugzak.platform.participation.ideas.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.ideas.IdeaCard;
import nl.rugzak.platform.participation.ideas.Ideas;
import nl.rugzak.platform.participation.ideas.IdeasModule;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.EmptyState;

/** The newest ideas across the municipality's projects; each links to its project's idea pages. */
@Route(value = "ideeen", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(IdeasModule.ID)
public class AllIdeasView extends Div implements HasDynamicTitle {

    static final int SHOWN = 48;

    public AllIdeasView(Ideas ideas) {
        addClassName("rugzak-ideas");
        List<IdeaCard> newest = ideas.newest(SHOWN);
        add(new H1(getTranslation("ideas.all.title")), new Paragraph(getTranslation("ideas.all.intro")));
        add(newest.isEmpty() ? new EmptyState(getTranslation("ideas.all.none"), getTranslation("ideas.all.to-projects"), "/projecten")
                : new CardList(newest.stream().map(card -> IdeaCards.of(card, Card.Level.H2)).toList()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ideas.all.title");
    }
}
