package nl.rugzak.platform.participation.ideas;

import java.util.Locale;

/** The municipality's verdict on an idea; every verdict but "open" comes with a reason residents read. */
public enum IdeaStatus {
    OPEN, UNDER_REVIEW, SELECTED, NOT_FEASIBLE, MERGED;

    public String key() {
        return "ideas.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
