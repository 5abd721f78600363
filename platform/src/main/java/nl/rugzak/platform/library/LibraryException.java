package nl.rugzak.platform.library;

import nl.rugzak.tenantadmin.text.UserFacingException;

/** A library step that cannot be taken (unknown template, not yours to share, a kind this site lacks). */
public class LibraryException extends UserFacingException {

    public LibraryException(String key, Object... args) {
        super(key, args);
    }
}
