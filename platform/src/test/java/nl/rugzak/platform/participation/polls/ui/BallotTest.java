package nl.rugzak.platform.participation.polls.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.LongStream;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What a click may carry from the browser, where anyone can put anything in it. */
class BallotTest {

    @Test
    void theTickedOptionsIdsAreRead() {
        assertThat(Ballot.chosen(click("12"))).containsExactly(12L);
        assertThat(Ballot.chosen(click("12,15"))).containsExactly(12L, 15L);
    }

    @Test
    void nothingTickedOrNoDataIsNothingChosen() {
        assertThat(Ballot.chosen(click(""))).isEmpty();
        assertThat(Ballot.chosen(new DomEvent(new Element("vaadin-button"), "click",
                JsonNodeFactory.instance.objectNode()))).isEmpty();
        ObjectNode number = JsonNodeFactory.instance.objectNode().put(Ballot.CHOSEN, 12);
        assertThat(Ballot.chosen(new DomEvent(new Element("vaadin-button"), "click", number))).isEmpty();
    }

    @Test
    void anythingButNumbersIsNothingChosenRatherThanPartOfIt() {
        assertThat(Ballot.chosen(click("12,x"))).isEmpty();
        assertThat(Ballot.chosen(click("12;DROP TABLE poll_vote"))).isEmpty();
        assertThat(Ballot.chosen(click("99999999999999999999"))).isEmpty();
        assertThat(Ballot.chosen(click("1.5"))).isEmpty();
    }

    @Test
    void moreIdsThanAPollHasOptionsAreNotRead() {
        String twenty = LongStream.rangeClosed(1, 20).mapToObj(Long::toString).collect(Collectors.joining(","));
        assertThat(Ballot.chosen(click(twenty))).hasSize(20);
        assertThat(Ballot.chosen(click(twenty + ",21"))).isEmpty();
        assertThat(Ballot.chosen(click(twenty + ",21," + "9,".repeat(100_000)))).isEmpty();
    }

    private static DomEvent click(String chosen) {
        return new DomEvent(new Element("vaadin-button"), "click",
                JsonNodeFactory.instance.objectNode().put(Ballot.CHOSEN, chosen));
    }
}
