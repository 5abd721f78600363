package nl.rugzak.platform.participation.polls;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleActivity.Activity;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The polls' Atom feed: an entry when a poll opens and when its results are published. Entries carry the question
 * only, never counts, so the feed cannot give away results that are still hidden.
 */
@RestController
class PollFeedController {

    static final String PATH = "/feeds/peilingen.atom";
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

    private final PollActivity activity;
    private final EnabledModules modules;
    private final TenantRegistry registry;
    private final SiteLanguages languages;

    PollFeedController(PollActivity activity, EnabledModules modules, TenantRegistry registry, SiteLanguages languages) {
        this.activity = activity;
        this.modules = modules;
        this.registry = registry;
        this.languages = languages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> feed(HttpServletRequest request) {
        Optional<Tenant> tenant = TenantContext.current().flatMap(registry::find);
        if (tenant.isEmpty() || !modules.isEnabled(PollsModule.ID)) {
            return ResponseEntity.notFound().header("X-Content-Type-Options", "nosniff").build();
        }
        Locale language = languages.offered().getFirst();
        String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        String prefix = "tag:rugzak.nl,2026:" + tenant.get().id().slug();
        List<Activity> entries = activity.recent(30);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml:lang", language.getLanguage());
            text(xml, "id", prefix + PATH);
            text(xml, "title", Texts.get(language, "polls.feed.title", tenant.get().displayName()));
            Instant updated = entries.stream().map(Activity::at).max(Instant::compareTo)
                    .orElse(tenant.get().createdAt());
            text(xml, "updated", date(updated));
            link(xml, "self", baseUrl + PATH, "application/atom+xml");
            link(xml, "alternate", baseUrl + "/peilingen", "text/html");
            xml.writeStartElement(NS, "author");
            text(xml, "name", tenant.get().displayName());
            xml.writeEndElement();
            for (Activity entry : entries) {
                String kind = entry.kindKey().substring(entry.kindKey().lastIndexOf('.') + 1);
                xml.writeStartElement(NS, "entry");
                text(xml, "id", prefix + entry.link() + "/" + kind);
                text(xml, "title", Texts.get(language, entry.kindKey()) + ": " + entry.title());
                text(xml, "published", date(entry.at()));
                text(xml, "updated", date(entry.at()));
                link(xml, "alternate", baseUrl + entry.link(), "text/html");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the polls feed", e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CONTENT_TYPE))
                .header("X-Content-Type-Options", "nosniff").body(out.toString());
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(NS, element);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String date(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
