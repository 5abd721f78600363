package nl.rugzak.platform.participation.updates;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.rugzak.platform.content.SafeMarkdown;

/**
 * Writes an Atom feed (RFC 4287) with the JDK's XML writer, which escapes every text and attribute: a title full of
 * markup stays text. Entry content is the sanitised HTML of the Markdown, escaped once more as Atom's type="html".
 */
final class AtomFeed {

    static final String NS = "http://www.w3.org/2005/Atom";
    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

    /**
     * @param id       a permanent IRI for the feed
     * @param baseUrl  the site's address without a trailing slash, e.g. "https://doemee.voorbeeld.nl"
     */
    record Head(String id, String title, String siteName, String baseUrl, String selfPath, String pagePath) {
    }

    private AtomFeed() {
    }

    static String write(Head head, List<NewsUpdate> entries, String idPrefix, SafeMarkdown markdown, Instant fallbackUpdated) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml:lang", "nl");
            text(xml, "id", head.id());
            text(xml, "title", head.title());
            Instant updated = entries.stream().map(NewsUpdate::updatedAt).max(Instant::compareTo).orElse(fallbackUpdated);
            text(xml, "updated", date(updated));
            link(xml, "self", head.baseUrl() + head.selfPath(), CONTENT_TYPE.substring(0, CONTENT_TYPE.indexOf(';')));
            link(xml, "alternate", head.baseUrl() + head.pagePath(), "text/html");
            xml.writeStartElement(NS, "author");
            text(xml, "name", head.siteName());
            xml.writeEndElement();
            text(xml, "generator", "Rugzak");
            for (NewsUpdate entry : entries) {
                xml.writeStartElement(NS, "entry");
                text(xml, "id", idPrefix + entry.id());
                text(xml, "title", entry.title());
                text(xml, "published", date(entry.publishAt()));
                text(xml, "updated", date(entry.updatedAt()));
                link(xml, "alternate", head.baseUrl() + entry.link(), "text/html");
                xml.writeStartElement(NS, "author");
                text(xml, "name", entry.authorName());
                xml.writeEndElement();
                text(xml, "summary", markdown.plain(entry.body(), 300));
                xml.writeStartElement(NS, "content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(markdown.toHtml(entry.body()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(NS, element);
        xml.writeCharacters(value == null ? "" : stripInvalidXml(value));
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

    // XML 1.0 cannot carry most control characters even escaped; typed text has no business with them.
    private static String stripInvalidXml(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
