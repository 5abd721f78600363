package nl.rugzak.platform.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Markdown written by residents and staff, turned into HTML that is safe to put into a page. Two layers: commonmark
 * escapes raw HTML and drops unsafe link schemes, then jsoup keeps only an allowlist of tags and attributes.
 * Links get {@code rel="nofollow noopener ugc"} and only http, https and mailto. Images are not allowed: an image
 * from another host tracks every reader of the page, and modules that want pictures upload them checked and
 * re-encoded instead.
 */
@Component
public class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "hr",
                    "h1", "h2", "h3", "h4", "h5", "h6", "a")
            .addAttributes("a", "href")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto");

    /** Markdown to sanitised HTML (an HTML fragment; empty for blank input). */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(html));
        for (Element link : clean.select("a")) {
            link.attr("rel", "nofollow noopener ugc");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    /** The text without markup, shortened at a word to at most {@code maxChars} (with "…"), for excerpts. */
    public String plain(String markdown, int maxChars) {
        String text = Jsoup.parseBodyFragment(toHtml(markdown)).text().strip();
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', Math.max(0, maxChars - 1));
        if (cut < maxChars / 2) {
            cut = maxChars - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
