package nl.rugzak.platform.participation.topics;

import java.util.List;

/**
 * What other modules bring together on a topic's page (initiatives now; consultations and updates later). Modules
 * depend on topics, never the other way round, so each module implements this.
 */
public interface TopicContributions {

    /** {@code kindKey} names the kind of item in the text bundles; the rest is content, shown as it is. */
    record Contribution(String kindKey, String title, String summary, String link) {
    }

    /** Public, visible items linked to the topic. */
    List<Contribution> forTopic(long topicId);
}
