package nl.rugzak.platform.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.DemoUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The widget a municipality embeds on its own website, fetched as that website's visitors' browsers do. */
class WidgetIT extends IntegrationTest {

    @Autowired
    MovableClock clock;
    @Autowired
    Initiatives initiatives;
    @Autowired
    Moderation moderation;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void realms() {
        awaitIdentity();
        clock.advance(java.time.Duration.ofDays(1));
        for (String realm : List.of("voorbeeld", "oosterhaven")) {
            users.ensureResident(realm, "widgetmaker");
        }
    }

    long created(String realm, String title, boolean submit) {
        return users.as(realm, "widgetmaker", () -> {
            long id = initiatives.create(new InitiativeDraft(title, "Samenvatting van " + title, "", "", null, "", false));
            if (submit) {
                initiatives.submit(id);
            }
            return id;
        });
    }

    @Test
    void showsOnlyThePublicInitiativesOfItsOwnTenantFramableAndWithoutScripts() {
        long visible = created("voorbeeld", "Widget zichtbaar <b>vet</b>", true);
        created("voorbeeld", "Widget concept", false);
        long hidden = created("voorbeeld", "Widget verborgen", true);
        users.run("voorbeeld", "moderator", () -> moderation.hide(new ContentRef(InitiativesModule.ID, hidden), "Spam."));
        created("oosterhaven", "Widget van Oosterhaven", true);

        HttpResponse<String> response = site("voorbeeld.localhost").get("/widget/initiatieven?aantal=20");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors *").contains("default-src 'none'").doesNotContain("script-src");
        assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script")).isEmpty();
        List<String> titles = page.select("li h2 a").eachText();
        assertThat(titles).contains("Widget zichtbaar <b>vet</b>")
                .doesNotContain("Widget concept", "Widget verborgen", "Widget van Oosterhaven");
        var link = page.select("li h2 a").stream().filter(a -> a.text().startsWith("Widget zichtbaar")).findFirst().orElseThrow();
        assertThat(link.attr("href")).isEqualTo("http://voorbeeld.localhost:" + port + "/initiatieven/" + visible);
        assertThat(link.attr("target")).isEqualTo("_blank");
        assertThat(link.attr("rel")).contains("noopener");

        Document oosterhaven = Jsoup.parse(site("oosterhaven.localhost").get("/widget/initiatieven").body());
        assertThat(oosterhaven.select("li h2 a").eachText()).contains("Widget van Oosterhaven")
                .doesNotContain("Widget zichtbaar <b>vet</b>");
    }

    @Test
    void countsTheItemsAndRefusesBadOptionsWithAClearMessage() {
        for (int i = 0; i < 3; i++) {
            created("voorbeeld", "Widget telling " + i, true);
        }
        Document two = Jsoup.parse(site("voorbeeld.localhost").get("/widget/initiatieven?aantal=2").body());
        assertThat(two.select("li")).hasSize(2);

        for (String bad : List.of("0", "21", "-1", "vijf", "1e3", "99999999999")) {
            HttpResponse<String> response = site("voorbeeld.localhost").get("/widget/initiatieven?aantal=" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.body()).contains("Het aantal moet een heel getal van 1 tot en met 20 zijn");
        }
        assertThat(site("voorbeeld.localhost").get("/widget/onbekend").statusCode()).isEqualTo(404);
    }

    @Test
    void theSnippetEscapesItsAttributes() {
        String title = "Laatste – \"Gemeente\" <Zot> & co";
        String snippet = nl.rugzak.platform.widget.ui.WidgetSnippetViewAccess.iframe(
                "https://x.nl/widget/initiatieven?aantal=5", title);
        Document parsed = Jsoup.parseBodyFragment(snippet);
        assertThat(parsed.body().children()).hasSize(1);
        assertThat(parsed.selectFirst("iframe").attr("title")).isEqualTo(title);
        assertThat(parsed.selectFirst("iframe").attr("src")).isEqualTo("https://x.nl/widget/initiatieven?aantal=5");
    }
}
