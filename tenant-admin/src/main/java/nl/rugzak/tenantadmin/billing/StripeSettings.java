package nl.rugzak.tenantadmin.billing;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the lab reaches Stripe. Without a secret key (the embedded default) billing is off: every tenant stays on the
 * lab's free plan and the billing pages say so.
 */
@Component
public class StripeSettings {

    private final String secretKey;
    private final String webhookSecret;
    private final boolean livemode;
    private final String apiBase;
    private final Duration gracePeriod;
    private final Duration signatureTolerance;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxRetries;

    public StripeSettings(@Value("${rugzak.billing.stripe.secret-key:}") String secretKey,
                          @Value("${rugzak.billing.stripe.webhook-secret:}") String webhookSecret,
                          @Value("${rugzak.billing.stripe.livemode:false}") boolean livemode,
                          @Value("${rugzak.billing.stripe.api-base:https://api.stripe.com}") String apiBase,
                          @Value("${rugzak.billing.grace-period:14d}") Duration gracePeriod,
                          @Value("${rugzak.billing.stripe.signature-tolerance:5m}") Duration signatureTolerance,
                          @Value("${rugzak.billing.stripe.connect-timeout:5s}") Duration connectTimeout,
                          @Value("${rugzak.billing.stripe.read-timeout:20s}") Duration readTimeout,
                          @Value("${rugzak.billing.stripe.max-retries:2}") int maxRetries) {
        this.secretKey = secretKey == null ? "" : secretKey.trim();
        this.webhookSecret = webhookSecret == null ? "" : webhookSecret.trim();
        this.livemode = livemode;
        this.apiBase = apiBase;
        this.gracePeriod = gracePeriod;
        this.signatureTolerance = signatureTolerance;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxRetries = maxRetries;
    }

    /** Billing is on only with both a secret key and a webhook secret: one without the other would lose events. */
    public boolean configured() {
        return !secretKey.isEmpty() && !webhookSecret.isEmpty();
    }

    public String secretKey() {
        return secretKey;
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    public boolean livemode() {
        return livemode;
    }

    public String apiBase() {
        return apiBase;
    }

    public Duration gracePeriod() {
        return gracePeriod;
    }

    public Duration signatureTolerance() {
        return signatureTolerance;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public int maxRetries() {
        return maxRetries;
    }
}
