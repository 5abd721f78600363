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

/** What an editor fills in for a survey: a title, an introduction, its period and its questions in order. */
public record SurveyDraft(String title, String intro, Instant opensAt, Instant closesAt, List<QuestionDraft> questions) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_INTRO = 2_000;
    public static final int MAX_QUESTION = 500;
    public static final int MAX_QUESTIONS = 50;
    public static final int MAX_END_LABEL = 60;

    public enum Kind {
        SINGLE, MULTIPLE, SCALE, SHORT_TEXT, LONG_TEXT;

        public String key() {
            return "polls.survey.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean hasOptions() {
            return this == SINGLE || this == MULTIPLE;
        }
    }

    /** {@code scaleMax} is 5 or 10 for a scale (with the texts at both ends), null otherwise. */
    public record QuestionDraft(Kind kind, String text, boolean required, List<String> options, Integer scaleMax,
                                String lowLabel, String highLabel) {

        public QuestionDraft {
            options = options == null ? List.of() : List.copyOf(options);
        }

        public static QuestionDraft text(Kind kind, String text, boolean required) {
            return new QuestionDraft(kind, text, required, List.of(), null, null, null);
        }

        public static QuestionDraft choice(Kind kind, String text, boolean required, String... options) {
            return new QuestionDraft(kind, text, required, List.of(options), null, null, null);
        }

        public static QuestionDraft scale(String text, boolean required, int max, String low, String high) {
            return new QuestionDraft(Kind.SCALE, text, required, List.of(), max, low, high);
        }
    }

    public SurveyDraft {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    SurveyDraft checked() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String t = PlainText.check(title, "title", "polls.survey.field.title", true, MAX_TITLE, false, problems);
        String i = PlainText.check(intro, "intro", "polls.survey.field.intro", false, MAX_INTRO, true, problems);
        if (opensAt == null) {
            problems.putIfAbsent("opensAt", FieldProblem.textKey("polls.field.opens.empty"));
        }
        if (closesAt == null) {
            problems.putIfAbsent("closesAt", FieldProblem.textKey("polls.field.closes.empty"));
        } else if (opensAt != null && !closesAt.isAfter(opensAt)) {
            problems.putIfAbsent("closesAt", FieldProblem.textKey("polls.field.closes.before-opening"));
        }
        if (questions.isEmpty()) {
            problems.putIfAbsent("questions", FieldProblem.textKey("polls.survey.questions.none"));
        } else if (questions.size() > MAX_QUESTIONS) {
            problems.putIfAbsent("questions", FieldProblem.textKey("polls.survey.questions.too-many", MAX_QUESTIONS));
        }
        List<QuestionDraft> clean = new ArrayList<>();
        for (QuestionDraft q : questions) {
            if (q == null || q.kind() == null) {
                problems.putIfAbsent("questions", FieldProblem.textKey("polls.survey.question.kind-missing"));
                continue;
            }
            String text = PlainText.check(q.text(), "questions", "polls.survey.field.question", true, MAX_QUESTION,
                    false, problems);
            List<String> options = new ArrayList<>();
            if (q.kind().hasOptions()) {
                Set<String> seen = new HashSet<>();
                for (String option : q.options()) {
                    if (UserText.isBlank(option)) {
                        continue;
                    }
                    String label = PlainText.check(option, "questions", "polls.field.option", true,
                            PollDraft.MAX_OPTION, false, problems);
                    if (label != null && !seen.add(label.toLowerCase(Locale.ROOT))) {
                        problems.putIfAbsent("questions", FieldProblem.textKey("polls.options.duplicate", label));
                    }
                    options.add(label);
                }
                if (options.size() < PollDraft.MIN_OPTIONS || options.size() > PollDraft.MAX_OPTIONS) {
                    problems.putIfAbsent("questions", FieldProblem.textKey("polls.survey.question.options-range",
                            PollDraft.MIN_OPTIONS, PollDraft.MAX_OPTIONS));
                }
            }
            Integer max = null;
            String low = null;
            String high = null;
            if (q.kind() == Kind.SCALE) {
                max = q.scaleMax();
                if (max == null || (max != 5 && max != 10)) {
                    problems.putIfAbsent("questions", FieldProblem.textKey("polls.survey.question.scale"));
                }
                low = PlainText.check(q.lowLabel(), "questions", "polls.survey.field.end-label", true, MAX_END_LABEL,
                        false, problems);
                high = PlainText.check(q.highLabel(), "questions", "polls.survey.field.end-label", true,
                        MAX_END_LABEL, false, problems);
            }
            clean.add(new QuestionDraft(q.kind(), text, q.required(), options, max, low, high));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPollException(problems);
        }
        return new SurveyDraft(t, i, opensAt, closesAt, clean);
    }
}
