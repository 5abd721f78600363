package nl.rugzak.platform.participation.initiatives;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where an initiative is in its life. Residents move it from draft to submitted; staff move it after that. */
public enum InitiativeStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    IN_CONVERSATION,
    SUPPORTED,
    COMPLETED,
    ARCHIVED;

    /** Its name in the text bundles. */
    public String key() {
        return "initiatives.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Residents other than the owner see it only from publication on. */
    public boolean isPublic() {
        return this != DRAFT && this != SUBMITTED;
    }

    /** Where staff may move an initiative from here; back to draft sends it to the owner for changes. */
    public Set<InitiativeStatus> staffMoves() {
        return switch (this) {
            case DRAFT -> EnumSet.noneOf(InitiativeStatus.class);
            case SUBMITTED -> EnumSet.of(PUBLISHED, DRAFT, ARCHIVED);
            case PUBLISHED -> EnumSet.of(IN_CONVERSATION, SUPPORTED, ARCHIVED);
            case IN_CONVERSATION -> EnumSet.of(PUBLISHED, SUPPORTED, COMPLETED, ARCHIVED);
            case SUPPORTED -> EnumSet.of(IN_CONVERSATION, COMPLETED, ARCHIVED);
            case COMPLETED -> EnumSet.of(ARCHIVED, SUPPORTED);
            case ARCHIVED -> EnumSet.of(PUBLISHED);
        };
    }
}
