package nl.rugzak.platform.participation.polls.ui;

import nl.rugzak.platform.participation.polls.PollStatus;
import nl.rugzak.platform.site.ui.parts.StatusBadge;

/** The shared status badge in the tone of a poll's state. */
final class PollBadges {

    private PollBadges() {
    }

    static StatusBadge of(PollStatus status, String text) {
        StatusBadge.Tone tone = switch (status) {
            case DRAFT -> StatusBadge.Tone.NEUTRAL;
            case SCHEDULED -> StatusBadge.Tone.INFO;
            case OPEN -> StatusBadge.Tone.SUCCESS;
            case CLOSED, ARCHIVED -> StatusBadge.Tone.CLOSED;
        };
        return new StatusBadge(text, tone);
    }
}
