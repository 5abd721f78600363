package nl.rugzak.platform.participation.polls.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import nl.rugzak.platform.participation.polls.Poll.PollOption;

/**
 * A poll's options as the browser's own radio buttons (one choice) or checkboxes (several) in a fieldset whose legend
 * says how many to choose. Every browser and screen reader knows these controls: a radio group is one Tab stop, the
 * arrow keys choose, Space ticks a box.
 *
 * <p>The choice stays in the browser until the resident votes: the click on "Stem" (or Enter in the group) carries the
 * chosen option ids as the event's data, so a vote is one request and choosing costs none. The ids that arrive are
 * only a wish: {@code Polls.vote} accepts nothing but this poll's own options.
 */
final class Ballot extends FieldSet {

    /**
     * Run in the browser on the element that fired (the button, or the group itself): the ids of the ticked options in
     * the same voting area, comma-separated. The expression is also the key of the value in the event's data.
     */
    static final String CHOSEN = "Array.from(element.closest('.rugzak-poll-vote').querySelectorAll('input:checked'),"
            + " i => i.value).join(',')";

    // More ids than a poll can have options are not read: what comes from the browser can be anything.
    private static final int MOST_IDS = 20;
    private static final AtomicLong GROUPS = new AtomicLong();

    Ballot(String legend, List<PollOption> options, boolean multiple, Set<Long> mine) {
        super(legend);
        addClassName("rugzak-ballot");
        String name = "rugzak-ballot-" + GROUPS.incrementAndGet();
        for (PollOption option : options) {
            Element input = new Element("input")
                    .setAttribute("type", multiple ? "checkbox" : "radio")
                    .setAttribute("name", name)
                    .setAttribute("value", Long.toString(option.id()));
            if (mine.contains(option.id())) {
                input.setAttribute("checked", true);
            }
            Element label = new Element("label").appendChild(input);
            if (option.hasImage()) {
                label.appendChild(new Element("img").setAttribute("src", option.imagePath())
                        .setAttribute("alt", option.imageAlt()).setAttribute("class", "rugzak-poll-option-image"));
            }
            label.appendChild(new Element("span").setText(option.label()));
            label.setAttribute("class", "rugzak-ballot-option");
            getElement().appendChild(label);
        }
    }

    /**
     * The option ids a click or key press carried. Anything that is not a list of numbers means "nothing chosen", which
     * the vote refuses with its own message.
     */
    static List<Long> chosen(DomEvent event) {
        var value = event.getEventData().get(CHOSEN);
        String text = value == null || !value.isString() ? "" : value.asString();
        List<Long> ids = new ArrayList<>();
        for (String part : text.split(",", MOST_IDS + 1)) {
            if (part.isBlank()) {
                continue;
            }
            if (ids.size() == MOST_IDS) {
                return List.of();
            }
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return ids;
    }
}
