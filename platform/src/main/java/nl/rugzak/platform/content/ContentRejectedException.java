package nl.rugzak.platform.content;

/** Input that is refused, with a plain Dutch message the UI shows as it is. Nothing was changed. */
public class ContentRejectedException extends RuntimeException {

    public ContentRejectedException(String dutchMessage) {
        super(dutchMessage);
    }
}
