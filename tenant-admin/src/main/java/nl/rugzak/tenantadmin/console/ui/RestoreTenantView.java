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
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
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
@LabMenuEntry(labelKey = "console.layout.restore", order = 30)
@Route(value = "tenantbeheer/herstellen", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class RestoreTenantView extends Main implements HasDynamicTitle {

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
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("console.restore.upload.drop"))
                        .setMany(getTranslation("console.restore.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("console.restore.upload.add"))
                        .setMany(getTranslation("console.restore.upload.add")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("console.restore.upload.too-many"))
                        .setFileIsTooBig(getTranslation("console.restore.upload.too-big"))
                        .setIncorrectFileType(getTranslation("console.restore.upload.not-a-zip"))));
        TextField name = new TextField(getTranslation("console.restore.display-name"));
        TextField slug = new TextField(getTranslation("console.restore.slug"));
        TextField host = new TextField(getTranslation("console.restore.primary-host"));
        Button restore = new Button(getTranslation("console.restore.button"), click -> {
            if (export.get() == null) {
                message.setText(getTranslation("console.restore.choose-file"));
                return;
            }
            try {
                var tenant = exchange.restore(export.get(), new NewTenant(slug.getValue().trim(), name.getValue(),
                        host.getValue().trim(), List.of(), List.of("nl", "en")));
                getUI().ifPresent(ui -> ui.navigate(TenantDetailView.class, new RouteParameters("slug", tenant.id().slug())));
            } catch (TenantValidationException e) {
                message.setText(String.join(" ", e.problemsIn(getLocale()).values()));
            } catch (TenantExchange.ExchangeException e) {
                message.setText(e.messageIn(getLocale()));
            }
        });
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("console.restore.title")),
                new Paragraph(getTranslation("console.restore.intro")),
                upload, name, slug, host, restore, message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.restore.page-title");
    }
}
