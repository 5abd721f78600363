package nl.rugzak.platform.initiatives;

/** What a resident searches for in the list; every part is optional. */
public record InitiativeFilter(String text, InitiativeStatus status, Long categoryId, Long topicId, Order order) {

    public enum Order {
        NEWEST("Nieuwste eerst"),
        MOST_SUPPORTED("Meeste steun eerst");

        private final String dutch;

        Order(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    public static InitiativeFilter everything() {
        return new InitiativeFilter(null, null, null, null, Order.NEWEST);
    }
}
