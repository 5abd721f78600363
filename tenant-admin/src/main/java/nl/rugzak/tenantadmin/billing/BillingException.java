package nl.rugzak.tenantadmin.billing;

import nl.rugzak.tenantadmin.text.UserFacingException;

/** A billing action that could not be done; the message is Dutch and fit to show to the person who asked. */
public class BillingException extends UserFacingException {

    private final boolean retryable;

    public BillingException(String key, Object... args) {
        super(key, args);
        this.retryable = false;
    }

    public BillingException(boolean retryable, Throwable cause, String key, Object... args) {
        super(cause, key, args);
        this.retryable = retryable;
    }

    /** True when trying again later may work (Stripe was unreachable or busy), so the UI offers a retry. */
    public boolean retryable() {
        return retryable;
    }

    static BillingException notConfigured() {
        return new BillingException("Facturatie is niet ingesteld. Alle gemeenten gebruiken het gratis plan van het lab.");
    }
}
