package nl.rugzak.tenantadmin.billing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.rugzak.tenantadmin.billing.BillingAccount;
import nl.rugzak.tenantadmin.billing.SubscriptionState;
import nl.rugzak.tenantadmin.billing.TenantBilling;
import nl.rugzak.tenantadmin.tenancy.TenantId;

/** The short billing section of a municipality's page: its subscription state and the way to its billing page. */
public final class BillingSummary {

    private BillingSummary() {
    }

    public static Div of(TenantBilling billing, TenantId tenant) {
        Paragraph state = new Paragraph();
        state.addClassName("rugzak-billing-state");
        if (!billing.configured()) {
            state.setText("Facturatie is niet ingesteld: de gemeente gebruikt het gratis plan van het lab.");
        } else {
            BillingAccount account = billing.account(tenant).orElse(null);
            if (account == null) {
                state.setText("Nog geen klant in Stripe: de gemeente gebruikt het gratis plan van het lab.");
            } else {
                state.setText((account.state() == SubscriptionState.PAST_DUE ? "Let op: " : "")
                        + "Abonnement: " + SubscriptionState.dutch(account.subscriptionStatus())
                        + (account.suspendedByBilling() ? " (opgeschort wegens niet betalen)" : ""));
            }
        }
        return new Div(new H2("Facturatie"), state,
                new RouterLink("Facturatie bekijken", TenantBillingView.class, new RouteParameters("slug", tenant.slug())));
    }
}
