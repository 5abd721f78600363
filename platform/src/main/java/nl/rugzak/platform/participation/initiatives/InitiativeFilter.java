package nl.rugzak.platform.participation.initiatives;

import java.util.Locale;

/** What a resident searches for in the list; every part is optional. */
public record InitiativeFilter(String text, InitiativeStatus status, Long categoryId, Long topicId, Order order) {

    public enum Order {
        NEWEST,
        MOST_SUPPORTED;

        /** Its name in the text bundles. */
        public String key() {
            return "initiatives.order." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static InitiativeFilter everything() {
        return new InitiativeFilter(null, null, null, null, Order.NEWEST);
    }
}
