package nl.rugzak.platform.participation.initiatives;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import nl.rugzak.platform.places.MapPoint;

/** An initiative's page as this visitor may see it; {@code point} as stored (street level unless exact), or null. */
public record InitiativeDetail(long id, String title, String summary, String description, String place,
                               Long categoryId, String category, String helpWanted, boolean showContact,
                               InitiativeStatus status, String statusReason, boolean hidden, String hiddenReason,
                               int supporters, Instant createdAt, Instant publishedAt, Owner owner,
                               List<Image> images, List<StatusChange> history, List<Response> responses,
                               List<TopicLink> topics, Viewer viewer, MapPoint point, boolean exactPoint) {

    /** Who started it; the e-mail address only when they chose to show it. */
    public record Owner(String displayName, String email) {
    }

    public record Image(long id, String altText, int width, int height) {
        public String url() {
            return "/beeld/initiatief/" + id;
        }
    }

    /** {@code byModeration}: published when a moderator approved it (no reason of its own). */
    public record StatusChange(InitiativeStatus from, InitiativeStatus to, String reason, String changedBy, Instant at,
                               boolean byModeration) {
    }

    public record Response(long id, String body, String authorName, Instant at) {
    }

    public enum LinkState {
        PROPOSED, ACCEPTED, DECLINED;

        /** Its name in the text bundles. */
        public String key() {
            return "initiatives.link-state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public record TopicLink(long topicId, String topicTitle, LinkState state, String reason) {
    }

    /** What this visitor may do here. */
    public record Viewer(boolean loggedIn, boolean owner, boolean staff, boolean editor, boolean moderator,
                         boolean supported, boolean following) {
    }

    public String link() {
        return "/initiatieven/" + id;
    }
}
