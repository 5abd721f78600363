package nl.rugzak.platform.participation.updates;

/** What an update is about: the whole site, one policy topic or one initiative. */
public record UpdateTarget(Kind kind, Long id) {

    public enum Kind {
        SITE, TOPIC, INITIATIVE
    }

    public static final UpdateTarget SITE = new UpdateTarget(Kind.SITE, null);

    public UpdateTarget {
        if ((kind == Kind.SITE) != (id == null)) {
            throw new IllegalArgumentException("A topic or initiative target needs an id, the site none");
        }
    }

    public static UpdateTarget topic(long id) {
        return new UpdateTarget(Kind.TOPIC, id);
    }

    public static UpdateTarget initiative(long id) {
        return new UpdateTarget(Kind.INITIATIVE, id);
    }
}
