package nl.rugzak.platform.billing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import nl.rugzak.platform.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.billing.BillingException;
import nl.rugzak.tenantadmin.billing.CustomerPortal;

/** A municipal admin's way to their invoices and billing details: Stripe's customer portal. */
@Route(value = BillingPortalView.ROUTE, layout = StaffLayout.class)
@PageTitle("Facturatie")
@RolesAllowed("tenant-admin")
public class BillingPortalView extends Div {

    public static final String ROUTE = "beheer/facturatie";

    final Paragraph message = new Paragraph();
    final Button open = new Button("Facturen en factuurgegevens bekijken in Stripe");

    public BillingPortalView(CustomerPortal portal) {
        Div main = this;
        message.getElement().setAttribute("role", "status");
        main.add(new H1("Facturatie"));
        if (!portal.available()) {
            message.setText("Voor uw gemeente is (nog) geen facturatie ingericht. U gebruikt het gratis plan van het "
                    + "Co-creatie Lab. Vragen? Neem contact op met het lab.");
            main.add(message);
        } else {
            main.add(new Paragraph("In het klantportaal van Stripe ziet u uw facturen en past u uw factuurgegevens "
                    + "en betaalwijze aan. U komt daarna hier terug."), open, message);
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.addClickListener(click -> {
                try {
                    String url = portal.openPortal("/" + ROUTE);
                    message.setText("U gaat naar Stripe…");
                    UI.getCurrent().getPage().setLocation(url);
                } catch (BillingException e) {
                    message.setText(e.getMessage() + (e.retryable() ? " Klik nog een keer op de knop om het opnieuw te proberen." : ""));
                }
            });
        }
    }
}
