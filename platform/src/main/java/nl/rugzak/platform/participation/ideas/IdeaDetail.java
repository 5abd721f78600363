package nl.rugzak.platform.participation.ideas;

import java.time.Instant;

import nl.rugzak.platform.places.MapPoint;

/** One idea as this visitor may see it ({@code point} as stored, or null), with what they may do with it; {@code authorName} is null once erased. */
public record IdeaDetail(long id, IdeaPhase phase, String title, String description, String place,
                         IdeaCategory category, IdeaStatus status, String statusReason, Long mergedIntoId,
                         String mergedIntoTitle, int supports, boolean thresholdReached, boolean hidden,
                         boolean waiting, String authorName, String imageUrl, String imageAlt, Instant at,
                         Viewer viewer, MapPoint point) {

    /** What the visitor is to this idea. */
    public record Viewer(boolean loggedIn, boolean owner, boolean supported, boolean mayTakePart, boolean editor,
                         boolean moderator) {
    }

    public String link() {
        return Ideas.link(phase.projectId(), id);
    }
}
