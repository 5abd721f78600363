package nl.rugzak.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.rugzak.platform.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Every stylesheet a tenant page links is served to an anonymous visitor, so no page shows up unstyled. */
class SiteStylesheetsIT extends IntegrationTest {

    @Test
    void everyLinkedStylesheetIsServedAsCss() {
        for (String host : List.of("voorbeeld.localhost", "oosterhaven.localhost")) {
            var page = Jsoup.parse(site(host).get("/").body());
            var links = page.select("link[rel=stylesheet]");
            assertThat(links).extracting(link -> link.attr("href"))
                    .anySatisfy(href -> assertThat(href).endsWith("rugzak/base.css"))
                    .anySatisfy(href -> assertThat(href).startsWith("/huisstijl/thema-"));
            for (var link : links) {
                String path = "/" + link.attr("href").replaceFirst("^\\./", "").replaceFirst("^/", "");
                var response = site(host).get(path);
                assertThat(response.statusCode()).as(host + path).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).as(host + path).startsWith("text/css");
            }
        }
    }

    @Test
    void theOpenFontsTheBaseThemeDeclaresAreServedFromTheSiteItself() {
        String css = site("voorbeeld.localhost").get("/rugzak/base.css").body();
        var fonts = java.util.regex.Pattern.compile("url\\(\"(fonts/[a-z0-9-]+\\.woff2)\"\\)").matcher(css).results()
                .map(match -> match.group(1)).toList();
        assertThat(fonts).hasSize(4);
        for (String font : fonts) {
            var response = site("oosterhaven.localhost").get("/rugzak/" + font);
            assertThat(response.statusCode()).as(font).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(font).isEqualTo("font/woff2");
        }
    }

    @Test
    void everyPageHasAnIconThatIsServedOnItsHost() {
        for (String host : List.of("voorbeeld.localhost", "oosterhaven.localhost")) {
            var page = Jsoup.parse(site(host).get("/").body());
            var icons = page.select("link[rel~=icon]");
            assertThat(icons).as(host).hasSize(1);
            var response = site(host).get(icons.getFirst().attr("href"));
            assertThat(response.statusCode()).as(host).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(host).startsWith("image/");
        }
    }
}
