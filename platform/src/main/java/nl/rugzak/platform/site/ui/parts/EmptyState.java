package nl.rugzak.platform.site.ui.parts;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a list shows while it has nothing yet: one short sentence and, when the visitor can do something about it,
 * one link to do it. Shown instead of the list, never next to an empty one.
 *
 * <pre>{@code
 * polls.isEmpty()
 *         ? new EmptyState(getTranslation(POLLS_NONE_YET))
 *         : new CardList(cards);
 * new EmptyState(getTranslation(IDEAS_NONE_YET), getTranslation(IDEAS_SHARE_FIRST), "/ideeen/nieuw")
 * }</pre>
 */
public class EmptyState extends Div {

    public EmptyState(String message) {
        addClassName("rugzak-empty");
        add(new Paragraph(message));
    }

    public EmptyState(String message, String actionText, String actionHref) {
        this(message);
        Anchor action = new Anchor(actionHref, actionText);
        action.addClassName("rugzak-button-link");
        add(action);
    }
}
