package nl.rugzak.platform.participation.updates.ui;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.Component;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.participation.updates.NewsUpdate;

/** A list of update cards, or a sentence saying there are none yet. */
final class UpdateList {

    private UpdateList() {
    }

    static Component of(List<NewsUpdate> updates, SafeMarkdown markdown, String empty) {
        if (updates.isEmpty()) {
            return new Paragraph(empty);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("rugzak-cards");
        updates.forEach(update -> list.add(new UpdateCard(update, markdown)));
        return list;
    }
}
