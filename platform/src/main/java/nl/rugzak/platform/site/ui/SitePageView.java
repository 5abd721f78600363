package nl.rugzak.platform.site.ui;

import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.site.SitePage;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/**
 * The site's published pages: those every site needs, linked from the footer (privacy, accessibility statement,
 * contact), and pages staff added, e.g. adopted from the lab's library and published.
 */
@Route(value = "pagina/:key", layout = SiteLayout.class)
@AnonymousAllowed
public class SitePageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final Set<String> FOOTER_PAGES = Set.of("privacy", "toegankelijkheid", "contact");

    private final SiteService site;
    private final SafeMarkdown markdown;
    private final TenantRegistry registry;
    private String title = "";

    public SitePageView(SiteService site, SafeMarkdown markdown, TenantRegistry registry) {
        this.site = site;
        this.markdown = markdown;
        this.registry = registry;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        if (key.equals(SitePage.HOME)) {
            // The home introduction is shown on the start page, not as a page of its own.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // A draft (e.g. pages adopted from the lab's library, not yet published) is as unknown as a missing page.
        SitePage page = site.publishedPage(key).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = page.getTitle();
        removeAll();
        add(new H1(page.getTitle()), MarkdownText.of(markdown, page.getBody()));
        if (key.equals("contact")) {
            Tenant tenant = registry.find(TenantContext.require()).orElseThrow();
            Div contact = new Div(new H2(getTranslation("site.page.contact-heading")));
            if (tenant.contact().email() != null) {
                contact.add(new Paragraph(new Anchor("mailto:" + tenant.contact().email(), tenant.contact().email())));
            }
            if (tenant.contact().phone() != null) {
                contact.add(new Paragraph(getTranslation("site.page.phone", tenant.contact().phone())));
            }
            if (contact.getComponentCount() > 1) {
                add(contact);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
