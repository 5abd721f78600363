package nl.rugzak.platform.participation.updates;

import java.time.Instant;
import java.util.Locale;

/** An update as pages and feeds show it; {@code body} is Markdown, shown only through SafeMarkdown. */
public record NewsUpdate(long id, UpdateTarget target, String targetTitle, String title, String body,
                         String authorName, boolean byStaff, State state, Instant publishAt, Instant updatedAt,
                         boolean hasImage, String imageAlt, Integer imageWidth, Integer imageHeight) {

    public enum State {
        DRAFT, SCHEDULED, PUBLISHED, PENDING, HIDDEN;

        /** The text key of the state's name, e.g. {@code updates.state.draft}. */
        public String key() {
            return "updates.state." + name().toLowerCase(Locale.ROOT);
        }
    }

    public String link() {
        return "/nieuws/" + id;
    }

    public String imageUrl() {
        return hasImage ? "/beeld/nieuws/" + id : null;
    }

    /** The page of what it is about, or null for a site-wide update. */
    public String targetLink() {
        return switch (target.kind()) {
            case SITE -> null;
            case TOPIC -> "/themas/" + target.id();
            case INITIATIVE -> "/initiatieven/" + target.id();
            case PROJECT -> "/projecten/" + target.id();
        };
    }
}
