package nl.rugzak.tenantadmin.lifecycle;

import nl.rugzak.tenantadmin.text.UserFacingException;

/** A lifecycle change that is not allowed now; the message says why, for the lab admin. */
public class LifecycleException extends UserFacingException {

    public LifecycleException(String key, Object... args) {
        super(key, args);
    }
}
