package nl.rugzak.platform.participation.polls;

import java.time.Instant;

/** A poll in a list: what a card or the back office's table shows. Never counts: a list does not know the viewer. */
public record PollSummary(long id, String question, String description, PollStatus status, Instant opensAt,
                          Instant closesAt, Placement placement, ResultsVisibility resultsVisibility) {

    public String link() {
        return "/peilingen/" + id;
    }
}
