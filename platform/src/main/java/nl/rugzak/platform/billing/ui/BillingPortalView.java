package nl.rugzak.platform.billing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import nl.rugzak.platform.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.billing.BillingException;
import nl.rugzak.tenantadmin.billing.CustomerPortal;

/** A municipal admin's way to their invoices and billing details: Stripe's customer portal. */
@Route(value = BillingPortalView.ROUTE, layout = StaffLayout.class)
@RolesAllowed("tenant-admin")
public class BillingPortalView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "beheer/facturatie";

    final Paragraph message = new Paragraph();
    final Button open = new Button();

    public BillingPortalView(CustomerPortal portal) {
        Div main = this;
        message.getElement().setAttribute("role", "status");
        open.setText(getTranslation("portal.billing.open"));
        main.add(new H1(getTranslation("portal.billing.title")));
        if (!portal.available()) {
            message.setText(getTranslation("portal.billing.not-configured"));
            main.add(message);
        } else {
            main.add(new Paragraph(getTranslation("portal.billing.intro")), open, message);
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.addClickListener(click -> {
                try {
                    String url = portal.openPortal("/" + ROUTE);
                    message.setText(getTranslation("portal.billing.redirecting"));
                    UI.getCurrent().getPage().setLocation(url);
                } catch (BillingException e) {
                    String problem = e.messageIn(getLocale());
                    message.setText(e.retryable() ? getTranslation("portal.billing.retry", problem) : problem);
                }
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.billing.title");
    }
}
