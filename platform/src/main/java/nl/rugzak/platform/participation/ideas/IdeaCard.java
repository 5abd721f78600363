package nl.rugzak.platform.participation.ideas;

import java.time.Instant;

/** An idea in a list. */
public record IdeaCard(long id, long projectId, String title, String description, String place, IdeaCategory category,
                       IdeaStatus status, int supports, boolean thresholdReached, boolean hidden, boolean waiting,
                       String imageUrl, String imageAlt, Instant at) {

    public String link() {
        return Ideas.link(projectId, id);
    }
}
