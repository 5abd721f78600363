package nl.rugzak.platform.participation.polls.ui;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.DomEvent;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Votes on a poll's page as the browser does: the click on the vote button carries the ticked options' ids as the
 * event data that {@link Ballot#CHOSEN} asks for (karibu's {@code _click} fires no DOM event, so it would carry none).
 */
public final class Ballots {

    private Ballots() {
    }

    /** Ticks these options (by id) and clicks the button with this text ("Stem", "Wijzig uw stem"). */
    public static void vote(PollVoting voting, String button, long... optionIds) {
        send(voting, button, ids(optionIds));
    }

    private static String ids(long... optionIds) {
        return Arrays.stream(optionIds).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    /** Ticks these options and presses Enter in the group, as a keyboard user may instead of reaching the button. */
    public static void enter(PollVoting voting, long... optionIds) {
        Ballot ballot = _get(voting, Ballot.class);
        _fireDomEvent(ballot.getElement(), new DomEvent(ballot.getElement(), "keydown",
                JsonNodeFactory.instance.objectNode().put(Ballot.CHOSEN, ids(optionIds)).put("event.key === 'Enter'", true)));
    }

    /** Clicks the button with whatever the browser (or someone posing as one) put in the event's data. */
    public static void send(PollVoting voting, String button, String chosen) {
        Button vote = _get(voting, Button.class, spec -> spec.withText(button));
        _fireDomEvent(vote.getElement(), new DomEvent(vote.getElement(), "click",
                JsonNodeFactory.instance.objectNode().put(Ballot.CHOSEN, chosen)));
    }
}
