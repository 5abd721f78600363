package nl.rugzak.platform.participation.polls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.rugzak.tenantadmin.text.UserText;
import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.participation.polls.internal.PlainText;

/**
 * What an editor fills in for a poll. Options keep their id when edited, so a corrected typo stays the same option
 * (with its votes); a new option has a null id.
 */
public record PollDraft(String question, String description, List<OptionDraft> options, boolean multiple,
                        int maxChoices, Instant opensAt, Instant closesAt, Placement placement, boolean changeVote,
                        ResultsVisibility resultsVisibility) {

    public static final int MAX_QUESTION = 300;
    public static final int MAX_DESCRIPTION = 2_000;
    public static final int MAX_OPTION = 200;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 20;

    public record OptionDraft(Long id, String label) {

        public static OptionDraft of(String label) {
            return new OptionDraft(null, label);
        }
    }

    public PollDraft {
        options = options == null ? List.of() : List.copyOf(options);
        placement = placement == null ? Placement.SITE : placement;
        resultsVisibility = resultsVisibility == null ? ResultsVisibility.AFTER_VOTING : resultsVisibility;
    }

    /** A simple single-choice poll on the whole site, results after voting. */
    public static PollDraft simple(String question, Instant opensAt, Instant closesAt, String... options) {
        return new PollDraft(question, "", List.of(options).stream().map(OptionDraft::of).toList(), false, 1,
                opensAt, closesAt, Placement.SITE, false, ResultsVisibility.AFTER_VOTING);
    }

    /** The draft with its texts trimmed, or an exception naming every field that is wrong. */
    PollDraft checked() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String q = PlainText.check(question, "question", "polls.field.question", true, MAX_QUESTION, false, problems);
        String d = PlainText.check(description, "description", "polls.field.description", false, MAX_DESCRIPTION,
                true, problems);
        List<OptionDraft> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int filled = (int) options.stream().filter(o -> o != null && !UserText.isBlank(o.label())).count();
        if (filled < MIN_OPTIONS) {
            problems.putIfAbsent("options", FieldProblem.textKey("polls.options.too-few", MIN_OPTIONS));
        } else if (filled > MAX_OPTIONS) {
            problems.putIfAbsent("options", FieldProblem.textKey("polls.options.too-many", MAX_OPTIONS, filled));
        } else {
            for (OptionDraft option : options) {
                if (option == null || UserText.isBlank(option.label())) {
                    continue;
                }
                String label = PlainText.check(option.label(), "options", "polls.field.option", true, MAX_OPTION,
                        false, problems);
                if (label != null && !seen.add(label.toLowerCase(Locale.ROOT))) {
                    problems.putIfAbsent("options", FieldProblem.textKey("polls.options.duplicate", label));
                }
                clean.add(new OptionDraft(option.id(), label));
            }
        }
        int max = multiple ? maxChoices : 1;
        if (multiple && (maxChoices < 2 || maxChoices > Math.max(2, filled))) {
            problems.putIfAbsent("maxChoices", FieldProblem.textKey("polls.field.max-choices.range", 2,
                    Math.max(2, filled)));
        }
        if (opensAt == null) {
            problems.putIfAbsent("opensAt", FieldProblem.textKey("polls.field.opens.empty"));
        }
        if (closesAt == null) {
            problems.putIfAbsent("closesAt", FieldProblem.textKey("polls.field.closes.empty"));
        } else if (opensAt != null && !closesAt.isAfter(opensAt)) {
            problems.putIfAbsent("closesAt", FieldProblem.textKey("polls.field.closes.before-opening"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPollException(problems);
        }
        return new PollDraft(q, d, clean, multiple, max, opensAt, closesAt, placement, changeVote, resultsVisibility);
    }
}
