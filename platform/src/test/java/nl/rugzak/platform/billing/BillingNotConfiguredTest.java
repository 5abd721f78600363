package nl.rugzak.platform.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import nl.rugzak.tenantadmin.billing.BillingException;
import nl.rugzak.tenantadmin.billing.BillingWebhooks;
import nl.rugzak.tenantadmin.billing.StripeSettings;
import nl.rugzak.tenantadmin.billing.internal.StripeGateway;
import org.junit.jupiter.api.Test;

/** The embedded default has no Stripe keys: billing stays off and says so, and its endpoint does not exist. */
class BillingNotConfiguredTest {

    private static StripeSettings settings(String secretKey, String webhookSecret) {
        return new StripeSettings(secretKey, webhookSecret, false, "http://127.0.0.1:9", Duration.ofDays(14),
                Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofSeconds(1), 0);
    }

    @Test
    void withoutBothSecretsBillingIsOff() {
        assertThat(settings("", "").configured()).isFalse();
        assertThat(settings("sk_test_x", "").configured()).isFalse();
        assertThat(settings("", "whsec_x").configured()).isFalse();
        assertThat(settings("sk_test_x", "whsec_x").configured()).isTrue();
    }

    @Test
    void theWebhookIsNotThereAndStripeIsNeverCalled() {
        StripeSettings off = settings("", "");
        BillingWebhooks webhooks = new BillingWebhooks(off, new StripeGateway(off), null, null, null, null);
        assertThat(webhooks.handle("{}", "t=1,v1=00")).isEqualTo(BillingWebhooks.Outcome.NOT_CONFIGURED);
        assertThatThrownBy(() -> new StripeGateway(off).subscription("sub_1"))
                .isInstanceOf(BillingException.class).hasMessageContaining("niet ingesteld");
    }
}
