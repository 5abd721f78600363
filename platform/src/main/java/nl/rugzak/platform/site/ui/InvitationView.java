package nl.rugzak.platform.site.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.tenantadmin.identity.AdminInvitations;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** Where a municipality's first admin, invited by the lab, chooses a password. */
@Route("uitnodiging/:token")
@PageTitle("Wachtwoord kiezen")
@AnonymousAllowed
public class InvitationView extends Div implements BeforeEnterObserver {

    private final AdminInvitations invitations;
    final PasswordField password = new PasswordField("Kies een wachtwoord");
    final PasswordField repeat = new PasswordField("Herhaal het wachtwoord");
    final Paragraph message = new Paragraph();
    final Button save = new Button("Wachtwoord opslaan");
    private String token;

    public InvitationView(AdminInvitations invitations) {
        this.invitations = invitations;
        Main main = new Main();
        main.setId("main-content");
        main.addClassName("rugzak-page");
        message.getElement().setAttribute("role", "alert");
        password.setHelperText("Minstens 10 tekens; niet uw e-mailadres.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> accept());
        main.add(new H1("Welkom als beheerder"), new Paragraph("Kies een wachtwoord. Daarna kunt u inloggen."),
                password, repeat, message, save);
        add(main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (!invitations.isValid(TenantContext.require(), token)) {
            message.setText("Deze link werkt niet (meer). Vraag het Co-creatie Lab om een nieuwe uitnodiging.");
            password.setEnabled(false);
            repeat.setEnabled(false);
            save.setEnabled(false);
        }
    }

    private void accept() {
        if (!password.getValue().equals(repeat.getValue())) {
            message.setText("De twee wachtwoorden zijn niet gelijk.");
            return;
        }
        try {
            invitations.accept(TenantContext.require(), token, password.getValue());
            removeAll();
            Anchor login = new Anchor("/inloggen", "Nu inloggen");
            login.setRouterIgnore(true);
            add(new Main(new H1("Uw wachtwoord is opgeslagen"), login));
        } catch (AdminInvitations.InvitationException e) {
            message.setText(e.getMessage());
        }
    }
}
