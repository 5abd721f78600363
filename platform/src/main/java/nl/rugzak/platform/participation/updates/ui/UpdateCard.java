package nl.rugzak.platform.participation.updates.ui;

import nl.rugzak.tenantadmin.time.Dates;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.participation.updates.NewsUpdate;

/** One update in a list: the title as the link, a plain-text excerpt, when and about what. */
class UpdateCard extends ListItem {

    UpdateCard(NewsUpdate update, SafeMarkdown markdown) {
        addClassName("rugzak-card");
        add(new H2(new Anchor(update.link(), update.title())));
        add(new Paragraph(markdown.plain(update.body(), 240)));
        StringBuilder meta = new StringBuilder();
        meta.append(update.publishAt() == null ? getTranslation(update.state().key())
                : Dates.day(update.publishAt(), getLocale()));
        meta.append(" · ").append(update.authorName());
        if (update.targetTitle() != null) {
            meta.append(" · ").append(getTranslation("updates.card.about", update.targetTitle()));
        }
        if (update.state() != NewsUpdate.State.PUBLISHED) {
            meta.append(" · ").append(getTranslation(update.state().key()));
        }
        Span line = new Span(meta.toString());
        line.addClassName("rugzak-meta");
        add(line);
    }
}
