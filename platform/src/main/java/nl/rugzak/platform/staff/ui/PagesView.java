package nl.rugzak.platform.staff.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.accessibility.AccessibilityStatement;
import nl.rugzak.platform.site.SiteImages;
import nl.rugzak.platform.site.SitePage;
import nl.rugzak.platform.site.SitePageRules;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.media.ui.SingleFileUpload;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.UserFacingException;

/**
 * The site's own texts: editors write the home page's introduction (and its image); tenant admins also the
 * privacy, accessibility and contact pages.
 */
@Route(value = "beheer/paginas", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
public class PagesView extends Div implements HasDynamicTitle {

    /** Page key → the key of its name in the bundles ({@code staff.pages.page.<page key>}). */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        for (String page : List.of(SitePage.HOME, "privacy", "toegankelijkheid", "contact")) {
            PAGES.put(page, "staff.pages.page." + page);
        }
    }

    final Map<String, PageEditor> editors = new LinkedHashMap<>();

    public PagesView(SiteService site, SiteImages images, AuthenticationContext authentication,
                     AccessibilityStatement statement, TenantRegistry registry) {
        add(new H1(getTranslation("staff.pages.title")), new Paragraph(getTranslation("staff.pages.markdown-hint")));
        PAGES.forEach((key, labelKey) -> {
            if (key.equals(SitePage.HOME) || authentication.hasRole("tenant-admin")) {
                PageEditor editor = new PageEditor(site, key, getTranslation(labelKey));
                if (key.equals(AccessibilityStatement.PAGE_KEY)) {
                    editor.offerStatementDraft(statement, registry.find(TenantContext.require()).orElseThrow().displayName());
                }
                editors.put(key, editor);
                add(editor);
                if (key.equals(SitePage.HOME)) {
                    add(introImage(images));
                }
            }
        });
        if (authentication.hasRole("tenant-admin")) {
            // Pages beyond the fixed ones, e.g. adopted from the lab's library (as drafts until published here).
            List<SitePage> others = site.all().stream().filter(page -> !PAGES.containsKey(page.getKey())).toList();
            if (!others.isEmpty()) {
                add(new H2(getTranslation("staff.pages.other")));
                others.forEach(page -> {
                    PageEditor editor = new PageEditor(site, page.getKey(), page.getTitle());
                    editors.put(page.getKey(), editor);
                    add(editor);
                });
            }
        }
    }

    private Div introImage(SiteImages images) {
        TextField alt = new TextField(getTranslation("staff.pages.image-alt"));
        alt.setWidthFull();
        alt.setMaxLength(300);
        images.find(SiteImages.HOME_INTRO).ifPresent(image -> alt.setValue(image.altText()));
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        // Vaadin runs this callback with the session locked, in the upload's own request (tenant and login included).
        SingleFileUpload upload = new SingleFileUpload(SiteImages.MAX_BYTES, (fileName, bytes) -> {
            try {
                images.replace(SiteImages.HOME_INTRO, bytes, alt.getValue());
                result.setText(getTranslation("staff.pages.image-saved"));
            } catch (UserFacingException e) {
                result.setText(e.messageIn(getLocale()));
            } catch (IllegalArgumentException e) {
                result.setText(e.getMessage());
            }
        }, result::setText);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.addFileRejectedListener(rejected -> result.setText(getTranslation("staff.pages.image-rejected")));
        Button remove = new Button(getTranslation("staff.pages.image-remove"), click -> {
            images.remove(SiteImages.HOME_INTRO);
            result.setText(getTranslation("staff.pages.image-removed"));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Div(new H2(getTranslation("staff.pages.image-heading")), alt, upload, remove, result);
    }

    /** One page's title and text with its own save button and messages. */
    static class PageEditor extends Div {

        final TextField title = new TextField();
        final TextArea body = new TextArea();
        final Button save = new Button();
        final Paragraph result = new Paragraph();
        final Paragraph state = new Paragraph();
        final Button publish = new Button();

        PageEditor(SiteService site, String key, String label) {
            title.setLabel(getTranslation("staff.pages.field-title"));
            body.setLabel(getTranslation("staff.pages.field-body"));
            save.setText(getTranslation("staff.pages.save"));
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
            boolean draft = site.page(key).map(page -> !page.isPublished()).orElse(false);
            state.setText(draft ? getTranslation("staff.pages.draft") : getTranslation("staff.pages.live", key));
            state.setVisible(!key.equals(SitePage.HOME) && site.page(key).isPresent());
            publish.setText(getTranslation("staff.pages.publish"));
            publish.getElement().setAttribute("aria-label", getTranslation("staff.pages.publish-label", label));
            publish.setVisible(draft);
            publish.addClickListener(click -> {
                try {
                    site.publish(key);
                    state.setText(getTranslation("staff.pages.live", key));
                    publish.setVisible(false);
                    result.setText(getTranslation("staff.pages.published", label));
                } catch (TenantWriteGuard.ReadOnlyException e) {
                    result.setText(e.messageIn(getLocale()));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.getElement().setAttribute("aria-label", getTranslation("staff.pages.save-label", label));
            save.addClickListener(click -> {
                var problems = SitePageRules.problems(key, title.getValue(), body.getValue());
                title.setInvalid(problems.containsKey("title"));
                title.setErrorMessage(problems.containsKey("title") ? problems.get("title").in(getLocale()) : null);
                body.setInvalid(problems.containsKey("body"));
                body.setErrorMessage(problems.containsKey("body") ? problems.get("body").in(getLocale()) : null);
                if (!problems.isEmpty()) {
                    result.setText(getTranslation("staff.pages.not-saved", SitePageRules.describe(problems, getLocale())));
                    return;
                }
                try {
                    site.write(key, title.getValue().strip(), body.getValue());
                    result.setText(getTranslation("staff.pages.saved", label));
                } catch (TenantWriteGuard.ReadOnlyException e) {
                    result.setText(e.messageIn(getLocale()));
                }
            });
            add(new H2(label), state, title, body, save, publish, result);
        }

        /**
         * The accessibility statement can be drafted again from the template with this build's automated results;
         * the draft lands in the editor, and only Save publishes it, so the municipality's own additions are never
         * overwritten unseen.
         */
        void offerStatementDraft(AccessibilityStatement statement, String municipality) {
            Button refill = new Button(getTranslation("staff.pages.statement-refill"), click -> {
                title.setValue(statement.title());
                body.setValue(statement.draft(municipality));
                result.setText(getTranslation("staff.pages.statement-refilled"));
            });
            addComponentAtIndex(getComponentCount() - 1, refill);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.pages.title");
    }
}
