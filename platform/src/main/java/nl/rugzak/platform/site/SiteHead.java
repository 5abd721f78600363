package nl.rugzak.platform.site;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.sharing.PageMeta;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import nl.rugzak.platform.sharing.SiteDescriptions;
import nl.rugzak.tenantadmin.identity.SiteUrls;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Writes the page into the initial HTML, before any script runs: title, description, canonical URL and the Open
 * Graph and Twitter card tags, so a shared link already shows a proper preview (crawlers run no scripts). The page
 * is found by its path among the modules' {@link SharedPageDescriber}s; a page none of them vouches for as public
 * gets the site's generic tags. jsoup escapes every attribute value it writes.
 */
@Component
class SiteHead implements VaadinServiceInitListener {

    private final TenantRegistry registry;
    private final SiteUrls sites;
    private final List<SharedPageDescriber> describers;
    private final SiteLanguages languages;

    SiteHead(TenantRegistry registry, SiteUrls sites, List<SharedPageDescriber> describers, SiteLanguages languages) {
        this.languages = languages;
        this.registry = registry;
        this.sites = sites;
        this.describers = describers;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::describePage);
    }

    private void describePage(IndexHtmlResponse response) {
        Document document = response.getDocument();
        Optional<Tenant> tenant = TenantContext.current().flatMap(registry::find);
        java.util.Locale language = languages.resolve(((VaadinServletRequest) response.getVaadinRequest()).getHttpServletRequest());
        document.selectFirst("html").attr("lang", language.getLanguage());
        if (tenant.isEmpty()) {
            document.title(Texts.get(language, "site.head.lab-title"));
            return;
        }
        String name = tenant.get().displayName();
        Optional<PageMeta> page = pathOf(response.getVaadinRequest()).flatMap(this::describe);
        PageMeta meta = page.orElse(new PageMeta(SiteDescriptions.title(language, name),
                SiteDescriptions.generic(language, name), "/", null, null));
        String base = tenant.get().primaryHost() == null ? null : sites.baseUrl(tenant.get().primaryHost());
        document.title(meta.title());
        Element head = document.head();
        head.appendElement("meta").attr("name", "description").attr("content", meta.description());
        if (base != null && page.isPresent()) {
            head.appendElement("link").attr("rel", "canonical").attr("href", base + meta.path());
        }
        property(head, "og:type", meta.path().equals("/") ? "website" : "article");
        property(head, "og:site_name", name);
        property(head, "og:title", meta.title());
        property(head, "og:description", meta.description());
        property(head, "og:locale", language.getLanguage().equals("en") ? "en_GB" : "nl_NL");
        if (base != null) {
            property(head, "og:url", base + meta.path());
        }
        boolean image = meta.imagePath() != null && base != null;
        if (image) {
            property(head, "og:image", base + meta.imagePath());
            property(head, "og:image:alt", meta.imageAlt());
        }
        named(head, "twitter:card", image ? "summary_large_image" : "summary");
        named(head, "twitter:title", meta.title());
        named(head, "twitter:description", meta.description());
        if (image) {
            named(head, "twitter:image", base + meta.imagePath());
            named(head, "twitter:image:alt", meta.imageAlt());
        }
    }

    private Optional<PageMeta> describe(String path) {
        for (SharedPageDescriber describer : describers) {
            Optional<PageMeta> meta = describer.describe(path);
            if (meta.isPresent()) {
                return meta;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> pathOf(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servlet) {
            String uri = servlet.getRequestURI();
            String context = servlet.getContextPath();
            String path = uri.substring(context == null ? 0 : Math.min(context.length(), uri.length()));
            return Optional.of(path.isEmpty() ? "/" : path);
        }
        return Optional.empty();
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }

    private static void named(Element head, String name, String content) {
        head.appendElement("meta").attr("name", name).attr("content", content);
    }
}
