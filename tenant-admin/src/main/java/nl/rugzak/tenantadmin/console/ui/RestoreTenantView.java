package nl.rugzak.tenantadmin.console.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.media.ui.SingleFileUpload;
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
        SingleFileUpload upload = new SingleFileUpload(MAX_UPLOAD, (fileName, bytes) -> export.set(bytes), message::setText);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        UploadI18N texts = upload.getI18n()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("console.restore.upload.drop"))
                        .setMany(getTranslation("console.restore.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("console.restore.upload.add"))
                        .setMany(getTranslation("console.restore.upload.add")));
        texts.getError().setIncorrectFileType(getTranslation("console.restore.upload.not-a-zip"));
        upload.setI18n(texts);
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
