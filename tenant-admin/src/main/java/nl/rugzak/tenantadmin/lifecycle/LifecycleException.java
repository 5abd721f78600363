package nl.rugzak.tenantadmin.lifecycle;

/** A lifecycle change that is not allowed now; the message says why, for the lab admin. */
public class LifecycleException extends RuntimeException {

    public LifecycleException(String dutchMessage) {
        super(dutchMessage);
    }
}
