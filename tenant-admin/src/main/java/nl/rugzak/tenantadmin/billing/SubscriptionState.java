package nl.rugzak.tenantadmin.billing;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.rugzak.tenantadmin.text.Texts;

/** What a Stripe subscription status means for the tenant. */
public enum SubscriptionState {
    /** Paid up (or in a trial): the tenant runs normally. */
    GOOD,
    /** A payment failed and Stripe is still trying: admins and the lab see a banner. */
    PAST_DUE,
    /** Unpaid or canceled: the tenant is suspended once the grace period is over. */
    LAPSED,
    /** Not started yet (waiting for a first payment or a Checkout): nothing changes. */
    PENDING;

    /** The statuses Stripe documents for a subscription; each has a name in the text bundle. */
    public static final List<String> STRIPE_STATUSES = List.of("active", "trialing", "past_due", "unpaid", "canceled",
            "incomplete", "incomplete_expired", "paused");

    private static final Set<String> TERMINAL = Set.of("canceled", "incomplete_expired");

    public static SubscriptionState of(String stripeStatus) {
        if (stripeStatus == null) {
            return PENDING;
        }
        return switch (stripeStatus) {
            case "active", "trialing" -> GOOD;
            case "past_due" -> PAST_DUE;
            case "unpaid", "canceled", "incomplete_expired" -> LAPSED;
            default -> PENDING;
        };
    }

    /** A subscription in one of these states never comes back in Stripe; a later event saying otherwise is stale. */
    public static boolean isTerminal(String stripeStatus) {
        return stripeStatus != null && TERMINAL.contains(stripeStatus);
    }

    /** The Dutch name of a Stripe status, for the audit log. */
    public static String dutch(String stripeStatus) {
        return label(Texts.DUTCH, stripeStatus);
    }

    /**
     * The name of a Stripe status in {@code locale}: the text {@code billing.status.<status>} ({@code billing.status.none}
     * without a subscription); a status Stripe adds later is shown as Stripe names it.
     */
    public static String label(Locale locale, String stripeStatus) {
        if (stripeStatus == null) {
            return Texts.get(locale, "billing.status.none");
        }
        return Texts.find(locale, statusKey(stripeStatus)).orElse(stripeStatus);
    }

    static String statusKey(String stripeStatus) {
        return "billing.status." + stripeStatus.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A status as an argument of a refusal, shown in the refusal's language. */
    public record Status(String stripeStatus) {
    }
}
