package nl.rugzak.platform.widget;

import nl.rugzak.tenantadmin.time.Dates;
import java.util.List;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The widget as a small static HTML page: no script at all, every text set as text (jsoup escapes it), every link
 * absolute and opening the municipality's site in a new tab (the widget lives in someone else's page).
 */
final class WidgetPage {

    private WidgetPage() {
    }

    /** The page in {@code language}, the one the site's visitors read. */
    static String render(Locale language, String tenantName, String siteUrl, String stylesheet, WidgetSource source,
                         List<WidgetSource.Item> items) {
        String heading = Widgets.heading(language, source);
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.selectFirst("html").attr("lang", language.getLanguage());
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        page.title(heading + " – " + tenantName);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/rugzak/base.css");
        if (stylesheet != null) {
            head.appendElement("link").attr("rel", "stylesheet").attr("href", stylesheet);
        }
        head.appendElement("style").appendText("""
                body.rugzak-widget { margin: 0; padding: .75rem; font-family: var(--rugzak-font-family, sans-serif);
                  color: var(--rugzak-color-text, #1a1a1a); background: var(--rugzak-color-background, #fff); }
                .rugzak-widget h1 { font-size: 1.2rem; margin: 0 0 .5rem; }
                .rugzak-widget ul { list-style: none; margin: 0; padding: 0; }
                .rugzak-widget li { padding: .5rem 0; border-bottom: 1px solid var(--rugzak-color-surface, #ddd); }
                .rugzak-widget h2 { font-size: 1rem; margin: 0; }
                .rugzak-widget a { color: var(--rugzak-color-link, #0b57d0); }
                .rugzak-widget p { margin: .25rem 0 0; }
                .rugzak-widget .rugzak-meta { font-size: .85rem; opacity: .8; }""");
        Element body = page.body().addClass("rugzak-widget");
        Element main = body.appendElement("main");
        main.appendElement("h1").text(heading);
        if (items.isEmpty()) {
            main.appendElement("p").text(Texts.get(language, "widget.nothing-yet"));
        } else {
            Element list = main.appendElement("ul");
            for (WidgetSource.Item item : items) {
                Element entry = list.appendElement("li");
                link(entry.appendElement("h2"), siteUrl + item.path(), item.title());
                if (item.summary() != null && !item.summary().isBlank()) {
                    entry.appendElement("p").text(item.summary());
                }
                if (item.date() != null) {
                    entry.appendElement("p").addClass("rugzak-meta").text(Dates.day(item.date(), language));
                }
            }
        }
        link(main.appendElement("p"), siteUrl + source.overviewPath(), Texts.get(language, "widget.see-all", tenantName));
        return "<!DOCTYPE html>" + page.html(); // not-ui-text: the HTML doctype
    }

    private static void link(Element parent, String href, String text) {
        parent.appendElement("a").attr("href", href).attr("target", "_blank").attr("rel", "noopener").text(text);
    }
}
