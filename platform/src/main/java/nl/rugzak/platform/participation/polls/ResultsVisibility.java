package nl.rugzak.platform.participation.polls;

/** When the counts of a poll may be seen, by anyone (staff included: a poll's secrecy has no back door). */
public enum ResultsVisibility {
    /** From the opening on, for everyone. */
    LIVE,
    /** For a resident once they voted; for everyone once the poll closed. */
    AFTER_VOTING,
    /** Only once the poll closed. */
    AFTER_CLOSING;

    public String key() {
        return "polls.visibility." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether the counts are visible to someone who did or did not vote, in this state. */
    public boolean shows(PollStatus status, boolean voted) {
        if (status == PollStatus.DRAFT || status == PollStatus.SCHEDULED) {
            return false;
        }
        if (status.isOver()) {
            return true;
        }
        return switch (this) {
            case LIVE -> true;
            case AFTER_VOTING -> voted;
            case AFTER_CLOSING -> false;
        };
    }

    /** Whether the counts are public: shown to anyone, whoever asks (feeds, widgets, previews, exports). */
    public boolean showsToAll(PollStatus status) {
        return shows(status, false);
    }
}
