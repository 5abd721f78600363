package nl.rugzak.platform.participation.ideas;

import java.util.Locale;

/** What an idea is about, so residents can find similar ones. */
public enum IdeaCategory {
    GREEN, TRAFFIC, PLAY, SAFETY, MEETING, CULTURE, OTHER;

    public String key() {
        return "ideas.category." + name().toLowerCase(Locale.ROOT);
    }
}
