package nl.rugzak.tenantadmin.media;

import nl.rugzak.tenantadmin.text.UserFacingException;

/** An upload that is refused; its text (bundle {@code media}) tells the person what to upload instead. */
public class UnsafeImageException extends UserFacingException {

    public UnsafeImageException(String key, Object... args) {
        super(key, args);
    }
}
