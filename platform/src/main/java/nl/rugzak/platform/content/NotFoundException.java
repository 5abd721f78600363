package nl.rugzak.platform.content;

/**
 * The thing asked for does not exist here: unknown, deleted, not visible to this visitor, or belonging to another
 * tenant (whose ids simply do not exist in this tenant's schema). Views answer it with 404.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super("Niet gevonden: " + what);
    }
}
