package nl.rugzak.platform.participation.consultations;

import java.time.Instant;

/**
 * A reaction as staff process it: with the author's display name, and for formal views their full name and
 * address. {@code answer}/{@code outcome}/{@code changedAnchor} are the reaction's own; the theme's apply when these
 * are empty (see {@link #effectiveAnswer}).
 */
public record StaffReaction(long id, int number, String anchor, String body, String proposedText, String displayName,
                            String fullName, String address, boolean hidden, int supporters, Long themeId,
                            String themeName, String answer, Outcome outcome, String changedAnchor,
                            String themeAnswer, Outcome themeOutcome, String themeChangedAnchor,
                            boolean hasAttachment, Instant createdAt) {

    public String effectiveAnswer() {
        return answer != null ? answer : themeAnswer;
    }

    public Outcome effectiveOutcome() {
        return outcome != null ? outcome : themeOutcome;
    }

    public String effectiveChangedAnchor() {
        return answer != null || outcome != null ? changedAnchor : themeChangedAnchor;
    }

    public boolean answered() {
        return effectiveAnswer() != null && effectiveOutcome() != null;
    }
}
