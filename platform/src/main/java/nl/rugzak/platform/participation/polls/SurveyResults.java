package nl.rugzak.platform.participation.polls;

import java.util.List;

import nl.rugzak.platform.participation.polls.SurveyDraft.Kind;

/** Staff's view of a survey's sent responses, per question. Open answers carry no name, only their own key. */
public record SurveyResults(long surveyId, String title, int responses, List<QuestionResult> questions) {

    public record QuestionResult(long questionId, String text, Kind kind, int answered, List<Count> counts,
                                 Double average, List<OpenAnswer> openAnswers) {
    }

    /** A count per option, or per point of the scale (label "1" … "10"). */
    public record Count(String label, int count) {
    }

    public record OpenAnswer(long responseId, long questionId, String text, boolean hidden) {
    }
}
