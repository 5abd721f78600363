package nl.rugzak.platform.participation.polls;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.rugzak.tenantadmin.text.UserText;
import nl.rugzak.platform.participation.polls.SurveyDraft.Kind;

/** A survey as a visitor sees it, with their own response (draft or sent) if they started one. */
public record Survey(long id, String title, String intro, Instant opensAt, Instant closesAt, PollStatus status,
                     List<Question> questions, Optional<MyResponse> mine) {

    public record Question(long id, int position, Kind kind, String text, boolean required, List<Choice> options,
                           Integer scaleMax, String lowLabel, String highLabel) {
    }

    public record Choice(long id, String label) {
    }

    public record MyResponse(Map<Long, Answer> answers, Instant savedAt, Instant sentAt) {

        public boolean sent() {
            return sentAt != null;
        }
    }

    /** One answer: a text, a number on the scale, or the chosen options, depending on the question. */
    public record Answer(String text, Integer number, Set<Long> choices) {

        public Answer {
            choices = choices == null ? Set.of() : Set.copyOf(choices);
        }

        public static Answer text(String text) {
            return new Answer(text, null, Set.of());
        }

        public static Answer number(int number) {
            return new Answer(null, number, Set.of());
        }

        public static Answer choices(Long... ids) {
            return new Answer(null, null, Set.of(ids));
        }

        boolean isEmpty() {
            return UserText.isBlank(text) && number == null && choices.isEmpty();
        }
    }

    public String link() {
        return "/vragenlijsten/" + id;
    }
}
