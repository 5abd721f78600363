package nl.rugzak.platform.participation.polls;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A poll as one visitor may see it. {@code results} is empty whenever the counts are hidden for this visitor (staff
 * included); {@code myChoices} is the visitor's own vote; {@code rulesFrozen} is only true for editors (it tells them
 * that votes came in, which residents do not need to know while results are hidden).
 */
public record Poll(long id, String question, String description, List<PollOption> options, boolean multiple,
                   int maxChoices, Instant opensAt, Instant closesAt, PollStatus status, Placement placement,
                   boolean changeVote, ResultsVisibility resultsVisibility,
                   Set<Long> myChoices, Optional<PollResults> results, boolean rulesFrozen) {

    public record PollOption(long id, String label, boolean hasImage, String imageAlt) {

        public String imagePath() {
            return hasImage ? "/beeld/peiling-optie/" + id : null;
        }
    }

    public boolean voted() {
        return !myChoices.isEmpty();
    }

    /** Whether the visitor can vote now (or change their vote), as far as the poll is concerned. */
    public boolean acceptsVoteFrom(boolean loggedIn) {
        return loggedIn && status == PollStatus.OPEN && (!voted() || changeVote);
    }

    public String link() {
        return "/peilingen/" + id;
    }
}
