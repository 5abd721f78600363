package nl.rugzak.platform.participation.polls;

/**
 * Where a poll shows besides the poll list: the whole site, a policy topic, or a news item. Stored as kind + id;
 * the place's title always comes from the owning module's service.
 */
public record Placement(Kind kind, Long id) {

    public enum Kind {
        SITE, TOPIC, UPDATE;

        public String key() {
            return "polls.place." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final Placement SITE = new Placement(Kind.SITE, null);

    public Placement {
        if (kind == null) {
            kind = Kind.SITE;
        }
        if (kind == Kind.SITE) {
            id = null;
        } else if (id == null) {
            throw new IllegalArgumentException("A topic or news item needs its id");
        }
    }

    public static Placement topic(long id) {
        return new Placement(Kind.TOPIC, id);
    }

    public static Placement update(long id) {
        return new Placement(Kind.UPDATE, id);
    }
}
