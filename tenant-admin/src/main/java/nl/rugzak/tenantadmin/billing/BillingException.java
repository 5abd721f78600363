package nl.rugzak.tenantadmin.billing;

/** A billing action that could not be done; the message is Dutch and fit to show to the person who asked. */
public class BillingException extends RuntimeException {

    private final boolean retryable;

    public BillingException(String message) {
        this(message, false, null);
    }

    public BillingException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
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
