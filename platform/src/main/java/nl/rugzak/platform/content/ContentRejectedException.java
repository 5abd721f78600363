package nl.rugzak.platform.content;

import java.util.Locale;

import nl.rugzak.tenantadmin.text.UserFacingException;

/** Input that is refused, with a text key for the message the UI shows in the visitor's language. Nothing was changed. */
public class ContentRejectedException extends UserFacingException {

    private final UserFacingException refusal;

    public ContentRejectedException(String key, Object... args) {
        super(key, args);
        this.refusal = null;
    }

    /** Refuses with the words of another refusal, e.g. an image the media checks turned down. */
    public ContentRejectedException(UserFacingException refusal) {
        super(refusal, refusal.key());
        this.refusal = refusal;
    }

    @Override
    public String getMessage() {
        return refusal == null ? super.getMessage() : refusal.getMessage();
    }

    @Override
    public String messageIn(Locale locale) {
        return refusal == null ? super.messageIn(locale) : refusal.messageIn(locale);
    }
}
