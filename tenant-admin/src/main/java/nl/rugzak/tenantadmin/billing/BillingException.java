package nl.rugzak.tenantadmin.billing;

import java.util.Arrays;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.text.UserFacingException;

/**
 * A billing action that could not be done, fit to show to the person who asked (bundle {@code billing}). A
 * {@link SubscriptionState.Status} argument is shown in the message's language.
 */
public class BillingException extends UserFacingException {

    private final boolean retryable;
    private final transient Object[] args;

    public BillingException(String key, Object... args) {
        super(key, args);
        this.retryable = false;
        this.args = args.clone();
    }

    public BillingException(boolean retryable, Throwable cause, String key, Object... args) {
        super(cause, key, args);
        this.retryable = retryable;
        this.args = args.clone();
    }

    /** True when trying again later may work (Stripe was unreachable or busy), so the UI offers a retry. */
    public boolean retryable() {
        return retryable;
    }

    @Override
    public String getMessage() {
        return messageIn(Texts.DUTCH);
    }

    @Override
    public String messageIn(Locale locale) {
        Object[] shown = Arrays.stream(args)
                .map(arg -> arg instanceof SubscriptionState.Status status ? SubscriptionState.label(locale, status.stripeStatus()) : arg)
                .toArray();
        return Texts.get(locale, key(), shown);
    }

    static BillingException notConfigured() {
        return new BillingException("billing.not-configured");
    }
}
