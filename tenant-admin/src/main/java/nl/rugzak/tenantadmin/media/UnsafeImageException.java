package nl.rugzak.tenantadmin.media;

import nl.rugzak.tenantadmin.text.UserFacingException;

/** An upload that is refused; the message is Dutch and tells the person what to upload instead. */
public class UnsafeImageException extends UserFacingException {

    public UnsafeImageException(String key, Object... args) {
        super(key, args);
    }
}
