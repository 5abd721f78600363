package nl.rugzak.platform.participation.topics;

import java.util.Locale;

/** Where the municipality is with a topic, in words a resident understands. */
public enum TopicStatus {
    EXPLORING,
    PREPARING,
    DECIDING,
    CARRYING_OUT,
    DONE;

    /** Its name in the text bundles. */
    public String key() {
        return "topics.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
