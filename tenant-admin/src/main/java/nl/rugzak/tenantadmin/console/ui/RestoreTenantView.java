package nl.rugzak.tenantadmin.console.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.exchange.TenantExchange;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantValidationException;

/** A new municipality made from an export zip, under its own name and domain. */
@ControlPlaneView
@Route(value = "tenantbeheer/herstellen", layout = LabLayout.class)
@PageTitle("Herstellen uit export – Co-creatie Lab")
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class RestoreTenantView extends Main {

    static final int MAX_UPLOAD = 100 * 1024 * 1024;

    public RestoreTenantView(TenantExchange exchange) {
        setId("main-content");
        addClassName("rugzak-page");
        AtomicReference<byte[]> export = new AtomicReference<>();
        Paragraph message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> export.set(bytes)));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize(MAX_UPLOAD);
        upload.setMaxFiles(1);
        TextField name = new TextField("Naam van de nieuwe gemeente");
        TextField slug = new TextField("Korte naam");
        TextField host = new TextField("Hoofddomein");
        Button restore = new Button("Herstellen", click -> {
            if (export.get() == null) {
                message.setText("Kies eerst een exportbestand (zip).");
                return;
            }
            try {
                var tenant = exchange.restore(export.get(), new NewTenant(slug.getValue().trim(), name.getValue(),
                        host.getValue().trim(), List.of(), List.of("nl", "en")));
                getUI().ifPresent(ui -> ui.navigate(TenantDetailView.class, new RouteParameters("slug", tenant.id().slug())));
            } catch (TenantValidationException e) {
                message.setText(String.join(" ", e.problems().values()));
            } catch (TenantExchange.ExchangeException e) {
                message.setText(e.getMessage());
            }
        });
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Herstellen uit export"),
                new Paragraph("Maakt een nieuwe gemeente met de gegevens en mensen uit een export. Wachtwoorden zitten niet "
                        + "in een export: mensen kiezen een nieuw wachtwoord via 'wachtwoord vergeten'."),
                upload, name, slug, host, restore, message);
    }
}
