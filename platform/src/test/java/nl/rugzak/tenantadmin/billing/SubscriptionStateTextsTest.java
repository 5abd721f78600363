package nl.rugzak.tenantadmin.billing;

import static org.assertj.core.api.Assertions.assertThat;

import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** Every Stripe status and invoice status the billing pages name has a name in Dutch and in English. */
class SubscriptionStateTextsTest {

    @Test
    void everyStripeStatusHasANameInBothLanguages() {
        for (String status : SubscriptionState.STRIPE_STATUSES) {
            for (var language : Texts.LANGUAGES) {
                assertThat(Texts.has(language, SubscriptionState.statusKey(status))).as("%s in %s", status, language).isTrue();
            }
        }
        assertThat(SubscriptionState.label(Texts.DUTCH, "past_due")).isEqualTo("betaling achterstallig");
        assertThat(SubscriptionState.label(Texts.ENGLISH, "past_due")).isEqualTo("payment overdue");
        assertThat(SubscriptionState.label(Texts.ENGLISH, null)).isEqualTo("no subscription");
        // A status Stripe adds later is shown as Stripe names it rather than as a missing text.
        assertThat(SubscriptionState.label(Texts.ENGLISH, "something_new")).isEqualTo("something_new");
    }

    @Test
    void everyInvoiceStatusOfStripeHasANameInBothLanguages() {
        for (String status : new String[] {"draft", "open", "paid", "uncollectible", "void"}) {
            for (var language : Texts.LANGUAGES) {
                assertThat(Texts.has(language, "billing.invoice.status." + status)).as("%s in %s", status, language).isTrue();
            }
        }
    }

    @Test
    void aRefusalNamesTheStatusInItsOwnLanguage() {
        BillingException refusal = new BillingException("billing.subscription.already-exists", new SubscriptionState.Status("active"));
        assertThat(refusal.getMessage()).isEqualTo("Deze gemeente heeft al een abonnement (betaald en actief). Beëindig dat eerst in Stripe.");
        assertThat(refusal.messageIn(Texts.ENGLISH)).contains("(paid and active)");
    }
}
