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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.tenantadmin.identity.AdminInvitations;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** Where a municipality's first admin, invited by the lab, chooses a password. */
@Route("uitnodiging/:token")
@AnonymousAllowed
public class InvitationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AdminInvitations invitations;
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Paragraph message = new Paragraph();
    final Button save = new Button();
    private String token;

    public InvitationView(AdminInvitations invitations) {
        this.invitations = invitations;
        Main main = new Main();
        main.setId("main-content");
        main.addClassName("rugzak-page");
        message.getElement().setAttribute("role", "alert");
        password.setLabel(getTranslation("site.invitation.password"));
        repeat.setLabel(getTranslation("site.invitation.repeat"));
        save.setText(getTranslation("site.invitation.save"));
        password.setHelperText(getTranslation("site.invitation.password-help"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> accept());
        main.add(new H1(getTranslation("site.invitation.welcome")), new Paragraph(getTranslation("site.invitation.intro")),
                password, repeat, message, save);
        add(main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (!invitations.isValid(TenantContext.require(), token)) {
            message.setText(getTranslation("site.invitation.invalid"));
            password.setEnabled(false);
            repeat.setEnabled(false);
            save.setEnabled(false);
        }
    }

    private void accept() {
        if (!password.getValue().equals(repeat.getValue())) {
            message.setText(getTranslation("site.invitation.mismatch"));
            return;
        }
        try {
            invitations.accept(TenantContext.require(), token, password.getValue());
            removeAll();
            Anchor login = new Anchor("/inloggen", getTranslation("site.invitation.login-now"));
            login.setRouterIgnore(true);
            add(new Main(new H1(getTranslation("site.invitation.saved")), login));
        } catch (AdminInvitations.InvitationException e) {
            message.setText(e.messageIn(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.invitation.title");
    }
}
