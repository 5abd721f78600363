package nl.rugzak.platform.updates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the feed addresses into the initial HTML (feed readers do not run scripts): the site's news feed on every
 * page, and the topic's or initiative's own feed on its page.
 */
@Component
class FeedLinks implements VaadinServiceInitListener {

    private static final Pattern TOPIC = Pattern.compile("^/themas/(\\d{1,18})/?$");
    private static final Pattern INITIATIVE = Pattern.compile("^/initiatieven/(\\d{1,18})/?$");

    private final EnabledModules modules;

    FeedLinks(EnabledModules modules) {
        this.modules = modules;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::link);
    }

    private void link(IndexHtmlResponse response) {
        if (TenantContext.current().isEmpty() || !modules.isEnabled(UpdatesModule.ID)) {
            return;
        }
        Element head = response.getDocument().head();
        alternate(head, "/feeds/nieuws.atom", "Nieuws");
        String path = response.getVaadinRequest().getPathInfo();
        if (path == null) {
            return;
        }
        Matcher topic = TOPIC.matcher(path);
        if (topic.matches()) {
            alternate(head, "/feeds/thema/" + topic.group(1) + ".atom", "Nieuws over dit thema");
        }
        Matcher initiative = INITIATIVE.matcher(path);
        if (initiative.matches()) {
            alternate(head, "/feeds/initiatief/" + initiative.group(1) + ".atom", "Nieuws over dit initiatief");
        }
    }

    private static void alternate(Element head, String href, String title) {
        head.appendElement("link").attr("rel", "alternate").attr("type", "application/atom+xml")
                .attr("title", title).attr("href", href);
    }
}
