package nl.rugzak.platform.staff.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.site.SiteImages;
import nl.rugzak.platform.site.SitePage;
import nl.rugzak.platform.site.SitePageRules;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.media.UnsafeImageException;

/**
 * The site's own texts: editors write the home page's introduction (and its image); tenant admins also the
 * privacy, accessibility and contact pages.
 */
@Route(value = "beheer/paginas", layout = StaffLayout.class)
@PageTitle("Pagina's")
@RolesAllowed({"editor", "tenant-admin"})
public class PagesView extends Div {

    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put(SitePage.HOME, "Introductie op de startpagina");
        PAGES.put("privacy", "Privacy");
        PAGES.put("toegankelijkheid", "Toegankelijkheidsverklaring");
        PAGES.put("contact", "Contact");
    }

    final Map<String, PageEditor> editors = new LinkedHashMap<>();

    public PagesView(SiteService site, SiteImages images, AuthenticationContext authentication) {
        add(new H1("Pagina's"), new Paragraph("U kunt Markdown gebruiken: **vet**, *schuin*, lijstjes en links."));
        PAGES.forEach((key, label) -> {
            if (key.equals(SitePage.HOME) || authentication.hasRole("tenant-admin")) {
                PageEditor editor = new PageEditor(site, key, label);
                editors.put(key, editor);
                add(editor);
                if (key.equals(SitePage.HOME)) {
                    add(introImage(images));
                }
            }
        });
    }

    private static Div introImage(SiteImages images) {
        TextField alt = new TextField("Wat staat er op de afbeelding? (voor wie hem niet kan zien)");
        alt.setWidthFull();
        alt.setMaxLength(300);
        images.find(SiteImages.HOME_INTRO).ifPresent(image -> alt.setValue(image.altText()));
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        // Vaadin runs this callback with the session locked, in the upload's own request (tenant and login included).
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                images.replace(SiteImages.HOME_INTRO, bytes, alt.getValue());
                result.setText("De afbeelding is opgeslagen.");
            } catch (IllegalArgumentException | UnsafeImageException | TenantWriteGuard.ReadOnlyException e) {
                result.setText(e.getMessage());
            }
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.setMaxFileSize(SiteImages.MAX_BYTES);
        upload.addFileRejectedListener(rejected -> result.setText("Dit bestand kan niet: kies een foto (PNG, JPEG of GIF) van hoogstens 5 MB."));
        Button remove = new Button("Afbeelding weghalen", click -> {
            images.remove(SiteImages.HOME_INTRO);
            result.setText("De afbeelding is weggehaald.");
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Div(new H2("Afbeelding bij de introductie"), alt, upload, remove, result);
    }

    /** One page's title and text with its own save button and messages. */
    static class PageEditor extends Div {

        final TextField title = new TextField("Titel");
        final TextArea body = new TextArea("Tekst");
        final Button save = new Button("Opslaan");
        final Paragraph result = new Paragraph();

        PageEditor(SiteService site, String key, String label) {
            title.setMaxLength(SitePageRules.MAX_TITLE);
            title.setWidthFull();
            body.setMaxLength(SitePageRules.MAX_BODY);
            body.setWidthFull();
            body.setMinHeight("8em");
            result.getElement().setAttribute("role", "status");
            site.page(key).ifPresent(page -> {
                title.setValue(page.getTitle());
                body.setValue(page.getBody());
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.getElement().setAttribute("aria-label", label + " opslaan");
            save.addClickListener(click -> {
                var problems = SitePageRules.problems(key, title.getValue(), body.getValue());
                title.setInvalid(problems.containsKey("title"));
                title.setErrorMessage(problems.get("title"));
                body.setInvalid(problems.containsKey("body"));
                body.setErrorMessage(problems.get("body"));
                if (!problems.isEmpty()) {
                    result.setText("Niet opgeslagen: " + String.join(" ", problems.values()));
                    return;
                }
                try {
                    site.write(key, title.getValue().strip(), body.getValue());
                    result.setText(label + " is opgeslagen.");
                } catch (TenantWriteGuard.ReadOnlyException e) {
                    result.setText(e.getMessage());
                }
            });
            add(new H2(label), title, body, save, result);
        }
    }
}
