package nl.rugzak.platform.billing.ui;

import com.vaadin.flow.component.UI;
import nl.rugzak.tenantadmin.time.Dates;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import nl.rugzak.tenantadmin.billing.CustomerPortal;
import nl.rugzak.tenantadmin.billing.SubscriptionState;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.context.annotation.Scope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Tells a municipality's admins that a payment is overdue (or that the subscription lapsed, with the date the site
 * will be suspended), with a link to the invoices. Invisible to everyone else and when all is paid. Place it at the
 * top of a back-office layout or view: inject it (it is a prototype bean) or construct it with the portal service and the security strategy bean.
 */
@SpringComponent
@Scope("prototype")
public class PastDueBanner extends Div {

    private static final String TENANT_ADMIN = "ROLE_tenant-admin";

    final Span text = new Span();

    public PastDueBanner(CustomerPortal portal, SecurityContextHolderStrategy security) {
        addClassName("rugzak-notice");
        getElement().setAttribute("role", "alert");
        setVisible(false);
        // The same login the service's role check reads.
        Authentication login = security.getContext().getAuthentication();
        if (login == null || login.getAuthorities().stream().noneMatch(a -> TENANT_ADMIN.equals(a.getAuthority()))) {
            return;
        }
        // Built as a bean, possibly before any UI exists (then Dutch).
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Texts.DUTCH : Texts.supported(ui.getLocale());
        portal.paymentNotice().ifPresent(notice -> {
            if (notice.state() == SubscriptionState.PAST_DUE) {
                text.setText(Texts.get(locale, "portal.past-due.open") + " ");
            } else if (notice.suspensionDue() == null) {
                text.setText(Texts.get(locale, "portal.past-due.lapsed") + " ");
            } else {
                text.setText(Texts.get(locale, "portal.past-due.lapsed-on", Dates.format(notice.suspensionDue(), locale, "d-M-yyyy")) + " ");
            }
            add(text, new Anchor("/" + BillingPortalView.ROUTE, Texts.get(locale, "portal.past-due.invoices")));
            setVisible(true);
        });
    }
}
