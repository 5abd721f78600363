package nl.rugzak.platform.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What residents type never becomes script, style, frames or tracking images in someone else's browser. */
class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Hallo <script>alert(document.cookie)</script> buren",
            "<img src=x onerror=alert(1)>",
            "![plaatje](https://tracker.example/p.gif)",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<style>body{display:none}</style>",
            "<p style=\"position:fixed;top:0\">over alles heen</p>",
            "[klik](javascript:alert(1))",
            "[klik](JaVaScRiPt:alert(1))",
            "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<a href=\"javascript:alert(1)\">klik</a>",
            "<svg onload=alert(1)>",
            "<div onclick=\"alert(1)\">tik</div>",
            "[x](https://ok.example \"titel\" onclick=alert(1))",
            "<<script>script>alert(1)<</script>/script>",
    })
    void hostileInputComesOutInert(String input) {
        String html = markdown.toHtml(input);
        // Whatever the input, the browser gets only allowlisted elements and attributes, and links to the web or mail.
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(element.tagName()).isIn("body", "p", "br", "em", "strong", "code", "pre", "blockquote", "ul",
                    "ol", "li", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "a");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).isIn("href", "rel", "start");
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).matches("(https?|mailto):.*");
                }
            }
        }
        assertThat(html.toLowerCase()).doesNotContain("<script", "<img", "<iframe", "<style", "<svg");
    }

    @Test
    void rawHtmlIsShownAsTextNotDropped() {
        assertThat(markdown.toHtml("<b>vet</b>")).isEqualTo("<p>&lt;b&gt;vet&lt;/b&gt;</p>");
    }

    @Test
    void markdownFormattingAndSafeLinksSurvive() {
        String html = markdown.toHtml("**Samen** de *buurt* schoon: [lees meer](https://voorbeeld.nl/plan) of "
                + "[mail](mailto:info@voorbeeld.nl)\n\n- een\n- twee");
        assertThat(html).contains("<strong>Samen</strong>", "<em>buurt</em>", "<ul>", "<li>een</li>")
                .contains("<a href=\"https://voorbeeld.nl/plan\" rel=\"nofollow noopener ugc\">lees meer</a>")
                .contains("<a href=\"mailto:info@voorbeeld.nl\" rel=\"nofollow noopener ugc\">mail</a>");
    }

    @Test
    void linksWithOtherSchemesLoseTheirTarget() {
        assertThat(markdown.toHtml("[ftp](ftp://x.example/f) [rel](/intern)")).doesNotContain("href");
    }

    @Test
    void plainTextIsAnExcerptWithoutMarkup() {
        assertThat(markdown.plain("# Titel\n\nDit is **heel** <script>x</script> belangrijk", 200))
                .isEqualTo("Titel Dit is heel <script>x</script> belangrijk");
        assertThat(markdown.plain("een twee drie vier vijf zes", 12)).isEqualTo("een twee…");
        assertThat(markdown.plain(null, 10)).isEmpty();
    }
}
