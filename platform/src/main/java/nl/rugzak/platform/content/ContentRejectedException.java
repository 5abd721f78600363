package nl.rugzak.platform.content;

import nl.rugzak.tenantadmin.text.UserFacingException;

/** Input that is refused, with a plain Dutch message the UI shows as it is. Nothing was changed. */
public class ContentRejectedException extends UserFacingException {

    public ContentRejectedException(String key, Object... args) {
        super(key, args);
    }
}
