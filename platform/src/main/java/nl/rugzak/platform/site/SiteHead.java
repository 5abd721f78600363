package nl.rugzak.platform.site;

import java.util.Optional;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Writes the tenant into the initial HTML, before any script runs: the title and the Open Graph tags, so a link
 * shared in a messenger already shows the municipality. jsoup escapes every attribute value it writes.
 */
@Component
class SiteHead implements VaadinServiceInitListener {

    private final TenantRegistry registry;

    SiteHead(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::describeTenant);
    }

    private void describeTenant(IndexHtmlResponse response) {
        Document document = response.getDocument();
        Optional<Tenant> tenant = TenantContext.current().flatMap(registry::find);
        document.selectFirst("html").attr("lang", "nl");
        if (tenant.isEmpty()) {
            document.title("Co-creatie Lab – tenantbeheer");
            return;
        }
        String name = tenant.get().displayName();
        String title = "Doe mee in " + name;
        document.title(title);
        Element head = document.head();
        property(head, "og:type", "website");
        property(head, "og:site_name", name);
        property(head, "og:title", title);
        property(head, "og:description", "De participatiesite van " + name + ": initiatieven, inspraak en nieuws uit de buurt.");
        property(head, "og:locale", "nl_NL");
        String host = tenant.get().primaryHost();
        if (host != null) {
            String url = response.getVaadinRequest().isSecure() ? "https://" + host + "/" : "http://" + host + "/";
            property(head, "og:url", url);
        }
        head.appendElement("meta").attr("name", "twitter:card").attr("content", "summary");
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }
}
