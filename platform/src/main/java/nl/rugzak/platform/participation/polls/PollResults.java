package nl.rugzak.platform.participation.polls;

import java.util.List;

/**
 * The counts of a poll, read from the counters kept with every vote. Percentages are of the voters, so with
 * multiple choice they add up to more than 100.
 */
public record PollResults(int voters, List<OptionCount> options) {

    public record OptionCount(long optionId, String label, int votes) {
    }

    public PollResults {
        options = List.copyOf(options);
    }

    public int percent(OptionCount option) {
        return voters == 0 ? 0 : (int) Math.round(option.votes() * 100.0 / voters);
    }
}
