package nl.rugzak.platform.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.site.SitePage;
import nl.rugzak.platform.site.SitePageRules;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.platform.site.ui.SiteHeader;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** Where municipal staff start. Editors and tenant admins edit the home page introduction here. */
@Route("beheer")
@PageTitle("Beheer")
@RolesAllowed({"editor", "moderator", "tenant-admin"})
public class StaffHomeView extends Div {

    public StaffHomeView(TenantRegistry registry, SiteService site, AuthenticationContext authentication) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        String tenantName = tenant.displayName();
        add(new SiteHeader(tenantName, authentication), SiteHeader.statusNotice(tenant.status()));
        Main main = new Main();
        main.setId("main-content");
        main.addClassName("rugzak-page");
        main.add(new H1("Beheer van " + tenantName));
        if (authentication.hasAnyRole("moderator", "tenant-admin")) {
            main.add(new Paragraph(new com.vaadin.flow.component.html.Anchor("/beheer/moderatie",
                    "Moderatie: wachtrij, meldingen en blokkades")));
        }
        if (authentication.hasAnyRole("editor", "tenant-admin")) {
            main.add(introductionEditor(site));
        }
        add(main);
    }

    private static Div introductionEditor(SiteService site) {
        SitePage current = site.page(SitePage.HOME).orElse(null);
        TextField title = new TextField("Titel van de introductie");
        title.setMaxLength(SitePageRules.MAX_TITLE);
        title.setWidthFull();
        TextArea body = new TextArea("Introductietekst");
        body.setMaxLength(SitePageRules.MAX_BODY);
        body.setWidthFull();
        if (current != null) {
            title.setValue(current.getTitle());
            body.setValue(current.getBody());
        }
        Button save = new Button("Opslaan", click -> {
            var problems = SitePageRules.problems(SitePage.HOME, title.getValue(), body.getValue());
            title.setInvalid(problems.containsKey("title"));
            title.setErrorMessage(problems.get("title"));
            body.setInvalid(problems.containsKey("body"));
            body.setErrorMessage(problems.get("body"));
            if (problems.isEmpty()) {
                try {
                    site.write(SitePage.HOME, title.getValue().trim(), body.getValue());
                    Notification.show("De introductie is opgeslagen.");
                } catch (TenantWriteGuard.ReadOnlyException e) {
                    Notification.show(e.getMessage());
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2("Introductie op de startpagina"), title, body, save);
    }
}
