package nl.rugzak.platform.participation.initiatives.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.rugzak.platform.participation.initiatives.InitiativeCard;
import nl.rugzak.tenantadmin.text.Texts;

/** One initiative in a list: its title as the link, the summary, and where it stands. */
class InitiativeCardItem extends ListItem {

    InitiativeCardItem(InitiativeCard card) {
        addClassName("rugzak-card");
        add(new H2(new Anchor(card.link(), card.title())));
        add(new Paragraph(card.summary()));
        StringBuilder meta = new StringBuilder(getTranslation(card.status().key()));
        if (card.category() != null) {
            meta.append(" · ").append(card.category());
        }
        if (!card.place().isBlank()) {
            meta.append(" · ").append(card.place());
        }
        meta.append(" · ").append(Texts.count(getLocale(), "initiatives.card.supporters", card.supporters()));
        if (card.hidden()) {
            meta.append(" · ").append(getTranslation("initiatives.card.hidden"));
        }
        Span line = new Span(meta.toString());
        line.addClassName("rugzak-meta");
        add(line);
    }
}
