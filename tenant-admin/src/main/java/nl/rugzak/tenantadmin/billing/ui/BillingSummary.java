package nl.rugzak.tenantadmin.billing.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.rugzak.tenantadmin.billing.BillingAccount;
import nl.rugzak.tenantadmin.billing.SubscriptionState;
import nl.rugzak.tenantadmin.billing.TenantBilling;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.Texts;

/** The short billing section of a municipality's page: its subscription state and the way to its billing page. */
public final class BillingSummary {

    private BillingSummary() {
    }

    public static Div of(TenantBilling billing, TenantId tenant) {
        Locale locale = UI.getCurrent() == null ? Texts.DUTCH : UI.getCurrent().getLocale();
        Paragraph state = new Paragraph();
        state.addClassName("rugzak-billing-state");
        if (!billing.configured()) {
            state.setText(Texts.get(locale, "billing.summary.not-configured"));
        } else {
            BillingAccount account = billing.account(tenant).orElse(null);
            if (account == null) {
                state.setText(Texts.get(locale, "billing.summary.no-customer"));
            } else {
                String status = SubscriptionState.label(locale, account.subscriptionStatus());
                String key = account.suspendedByBilling() ? "billing.summary.suspended"
                        : account.state() == SubscriptionState.PAST_DUE ? "billing.summary.past-due" : "billing.summary.status";
                state.setText(Texts.get(locale, key, status));
            }
        }
        return new Div(new H2(Texts.get(locale, "billing.summary.heading")), state,
                new RouterLink(Texts.get(locale, "billing.summary.link"), TenantBillingView.class, new RouteParameters("slug", tenant.slug())));
    }
}
