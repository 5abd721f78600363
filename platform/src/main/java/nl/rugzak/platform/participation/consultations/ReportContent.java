package nl.rugzak.platform.participation.consultations;

import java.time.Instant;
import java.util.List;

/**
 * Everything the response report (reactienota) says, already without private persons' names: reactions are named
 * by number, and a reactor's own name or address inside their text is replaced.
 */
public record ReportContent(String municipality, String title, String topic, ConsultationKind kind, Instant opensAt,
                            Instant closesAt, String summary, int fromVersion, int toVersion, List<Entry> entries,
                            int leftOutByModeration, List<BlockChange> changes, HouseStyle style,
                            java.time.ZoneId zone) {

    /**
     * One reaction with its answer. {@code paragraph} is the block number it reacted on ("2.3"), or null for the whole
     * document; {@code changedParagraph} the number in the new version that changed because of it.
     */
    public record Entry(int number, String paragraph, String body, String proposedText, String theme, String answer,
                        Outcome outcome, String changedParagraph) {
    }

    /** The municipality's house style: its logo (PNG or JPEG, or null) and colours as CSS hex. */
    public record HouseStyle(byte[] logo, String logoType, String primary, String text) {
    }

    public long count(Outcome outcome) {
        return entries.stream().filter(entry -> entry.outcome() == outcome).count();
    }
}
