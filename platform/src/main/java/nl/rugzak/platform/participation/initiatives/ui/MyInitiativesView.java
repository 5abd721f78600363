package nl.rugzak.platform.participation.initiatives.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.participation.initiatives.InitiativeSearch;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.SiteLayout;

/** A resident's own initiatives, drafts included, with where each one stands. */
@Route(value = "initiatieven/mijn", layout = SiteLayout.class)
@PermitAll
@ModulePage(InitiativesModule.ID)
public class MyInitiativesView extends Div implements HasDynamicTitle {

    public MyInitiativesView(InitiativeSearch search) {
        add(new H1(getTranslation("initiatives.mine.title")));
        Anchor start = new Anchor("/initiatieven/nieuw", getTranslation("initiatives.start"));
        start.addClassName("rugzak-button-link");
        add(start);
        var mine = search.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("initiatives.mine.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("rugzak-cards");
        mine.forEach(card -> list.add(new InitiativeCardItem(card)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("initiatives.mine.title");
    }
}
