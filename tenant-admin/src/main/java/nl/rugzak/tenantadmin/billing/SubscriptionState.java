package nl.rugzak.tenantadmin.billing;

import java.util.Set;

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

    public static String dutch(String stripeStatus) {
        if (stripeStatus == null) {
            return "geen abonnement";
        }
        return switch (stripeStatus) {
            case "active" -> "betaald en actief";
            case "trialing" -> "proefperiode";
            case "past_due" -> "betaling achterstallig";
            case "unpaid" -> "niet betaald";
            case "canceled" -> "beëindigd";
            case "incomplete" -> "wacht op eerste betaling";
            case "incomplete_expired" -> "eerste betaling verlopen";
            case "paused" -> "gepauzeerd";
            default -> stripeStatus;
        };
    }
}
