package nl.rugzak.tenantadmin.billing;

import java.util.List;

/** A plan the lab sells: a price per month or year, the modules and the number of staff accounts it includes. */
public record BillingPlan(String id, String name, long amountCents, String interval, List<String> modules,
                          int staffAccounts, String stripePriceId) {

    /** The lab's own free plan, on which every tenant is while billing is off or not started. */
    public static final String FREE_PLAN = "lab";

    public BillingPlan {
        modules = List.copyOf(modules);
    }

    public boolean linkedToStripe() {
        return stripePriceId != null && !stripePriceId.isBlank();
    }
}
