package nl.rugzak.platform.participation.updates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
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
    private final SiteLanguages languages;

    FeedLinks(EnabledModules modules, SiteLanguages languages) {
        this.modules = modules;
        this.languages = languages;
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
        Locale language = response.getVaadinRequest() instanceof VaadinServletRequest request
                ? languages.resolve(request.getHttpServletRequest()) : languages.offered().getFirst();
        alternate(head, "/feeds/nieuws.atom", Texts.get(language, "updates.list.title"));
        String path = response.getVaadinRequest().getPathInfo();
        if (path == null) {
            return;
        }
        Matcher topic = TOPIC.matcher(path);
        if (topic.matches()) {
            alternate(head, "/feeds/thema/" + topic.group(1) + ".atom", Texts.get(language, "updates.topic.heading"));
        }
        Matcher initiative = INITIATIVE.matcher(path);
        if (initiative.matches()) {
            alternate(head, "/feeds/initiatief/" + initiative.group(1) + ".atom", Texts.get(language, "updates.initiative.heading"));
        }
    }

    private static void alternate(Element head, String href, String title) {
        head.appendElement("link").attr("rel", "alternate").attr("type", "application/atom+xml")
                .attr("title", title).attr("href", href);
    }
}
