package nl.rugzak.platform.site.ui.parts;

import java.util.Collection;

import com.vaadin.flow.component.html.UnorderedList;

/**
 * A list of {@link Card}s: one column on a phone, as many as fit on a wide screen (the site's {@code rugzak-cards}
 * grid). A screen reader announces "list, 5 items", so visitors know how much there is before reading.
 * Show an {@link EmptyState} instead when there are no cards.
 *
 * <pre>{@code
 * add(polls.isEmpty() ? new EmptyState(getTranslation(POLLS_NONE_YET))
 *         : new CardList(polls.stream().map(this::card).toList()));
 * }</pre>
 */
public class CardList extends UnorderedList {

    public CardList(Card... cards) {
        addClassName("rugzak-cards");
        add(cards);
    }

    public CardList(Collection<Card> cards) {
        this(cards.toArray(Card[]::new));
    }
}
