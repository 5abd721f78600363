package nl.rugzak.platform.participation.updates;

/** What an update is about: the whole site, one policy topic, one initiative or one project. */
public record UpdateTarget(Kind kind, Long id) {

    public enum Kind {
        SITE, TOPIC, INITIATIVE, PROJECT
    }

    public static final UpdateTarget SITE = new UpdateTarget(Kind.SITE, null);

    public UpdateTarget {
        if ((kind == Kind.SITE) != (id == null)) {
            throw new IllegalArgumentException("A topic, initiative or project target needs an id, the site none");
        }
    }

    public static UpdateTarget topic(long id) {
        return new UpdateTarget(Kind.TOPIC, id);
    }

    public static UpdateTarget initiative(long id) {
        return new UpdateTarget(Kind.INITIATIVE, id);
    }

    public static UpdateTarget project(long id) {
        return new UpdateTarget(Kind.PROJECT, id);
    }
}
