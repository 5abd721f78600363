package nl.rugzak.platform.sharing;

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
import nl.rugzak.platform.participation.topics.PolicyTopics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a messenger or social network reads from the initial HTML of a page, before any script runs. */
class SharingIT extends IntegrationTest {

    @Autowired
    MovableClock clock;
    @Autowired
    Initiatives initiatives;
    @Autowired
    Moderation moderation;
    @Autowired
    PolicyTopics topics;
    @Autowired
    nl.rugzak.platform.participation.initiatives.InitiativeImages images;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void realms() {
        awaitIdentity();
        clock.advance(java.time.Duration.ofDays(1));
        for (String realm : List.of("voorbeeld", "oosterhaven")) {
            users.ensureResident(realm, "deler");
        }
    }

    long created(String realm, String title, String summary, boolean submit) {
        return users.as(realm, "deler", () -> {
            long id = initiatives.create(new InitiativeDraft(title, summary, "Beschrijving.", "Centrum", null, "", false));
            if (submit) {
                initiatives.submit(id);
            }
            return id;
        });
    }

    Document page(String host, String path) {
        HttpResponse<String> response = site(host).get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    static String meta(Document page, String key) {
        var element = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return element == null ? null : element.attr("content");
    }

    @Test
    void anInitiativePageCarriesItsOwnTitleSummaryAndCanonicalUrl() {
        long id = created("voorbeeld", "Moestuin & speeltuin \"De Hoek\"", "Samen groente <kweken> op het pleintje.", true);

        Document page = page("voorbeeld.localhost", "/initiatieven/" + id);

        assertThat(page.title()).isEqualTo("Moestuin & speeltuin \"De Hoek\"");
        assertThat(meta(page, "og:title")).isEqualTo("Moestuin & speeltuin \"De Hoek\"");
        assertThat(meta(page, "og:description")).isEqualTo("Samen groente <kweken> op het pleintje.");
        assertThat(meta(page, "description")).isEqualTo("Samen groente <kweken> op het pleintje.");
        assertThat(meta(page, "twitter:title")).isEqualTo("Moestuin & speeltuin \"De Hoek\"");
        assertThat(meta(page, "og:site_name")).isNotBlank();
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("http://voorbeeld.localhost:" + port + "/initiatieven/" + id);
        assertThat(meta(page, "og:url")).isEqualTo("http://voorbeeld.localhost:" + port + "/initiatieven/" + id);
    }

    @Test
    void aScriptInATitleStaysTextAndDoesNotBreakTheHead() {
        String evil = "\"><script>alert(1)</script><meta property=\"og:title\" content=\"nep";
        long id = created("voorbeeld", evil.substring(0, Math.min(evil.length(), 120)), "</title><script>x()</script>", true);

        HttpResponse<String> response = site("voorbeeld.localhost").get("/initiatieven/" + id);
        Document page = Jsoup.parse(response.body());

        assertThat(response.body()).doesNotContain("<script>alert(1)</script>").doesNotContain("<script>x()</script>");
        assertThat(page.select("meta[property=og:title]")).hasSize(1);
        assertThat(meta(page, "og:title")).isEqualTo(evil);
        assertThat(meta(page, "og:description")).isEqualTo("</title><script>x()</script>");
        // The page's first view travels as JSON inside a script (eager server load): the title is there as a string
        // whose "</" is written "<\/", so it cannot end the script.
        assertThat(page.select("script").stream().map(s -> s.data()))
                .noneMatch(script -> script.contains("<script>alert(1)</script>") || script.contains("<script>x()</script>"));
    }

    @Test
    void draftsSubmittedHiddenAndOtherTenantsInitiativesGetOnlyTheSiteTags() {
        long draft = created("voorbeeld", "Geheim concept voor het plein", "Nog niet af.", false);
        long hidden = created("voorbeeld", "Verborgen initiatief met scheldwoord", "Weg ermee.", true);
        users.run("voorbeeld", "moderator", () -> moderation.hide(new ContentRef(InitiativesModule.ID, hidden), "Beledigend."));
        long elsewhere = created("oosterhaven", "Oosterhavens eigen buurtfeest", "Alleen in Oosterhaven.", true);

        for (long id : List.of(draft, hidden)) {
            // Not public: the visitor gets the "not found" page (404), with the site's own tags only.
            HttpResponse<String> response = site("voorbeeld.localhost").get("/initiatieven/" + id);
            assertThat(response.statusCode()).isEqualTo(404);
            Document page = Jsoup.parse(response.body());
            String head = page.head().outerHtml();
            assertThat(head).doesNotContain("Geheim concept").doesNotContain("Verborgen initiatief")
                    .doesNotContain("Nog niet af").doesNotContain("Weg ermee");
            assertThat(meta(page, "og:title")).startsWith("Doe mee in ");
            assertThat(page.selectFirst("link[rel=canonical]")).isNull();
        }
        // Ids are per municipality: at Voorbeeld the same number is Voorbeeld's own initiative or nothing at all.
        String head = site("voorbeeld.localhost").get("/initiatieven/" + elsewhere).body();
        assertThat(head).doesNotContain("Oosterhavens eigen").doesNotContain("Alleen in Oosterhaven");
        // The owner is not logged in here, but even the crawler of a logged-in session gets nothing more: the
        // describer never asks who is calling.
        assertThat(meta(page("oosterhaven.localhost", "/initiatieven/" + elsewhere), "og:title"))
                .isEqualTo("Oosterhavens eigen buurtfeest");
    }

    @Test
    void topicAndHomePagesDescribeThemselves() {
        long id = users.as("voorbeeld", "redacteur", () -> topics.create(
                new nl.rugzak.platform.participation.topics.TopicDraft("Groen in de wijk", "Meer bomen & minder stenen.", "", "",
                        nl.rugzak.platform.participation.topics.TopicStatus.values()[0], null, null)).id());

        Document topicPage = page("voorbeeld.localhost", "/themas/" + id);
        assertThat(meta(topicPage, "og:title")).isEqualTo("Groen in de wijk");
        assertThat(meta(topicPage, "og:description")).isEqualTo("Meer bomen & minder stenen.");
        assertThat(topicPage.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://voorbeeld.localhost:" + port + "/themas/" + id);

        Document home = page("voorbeeld.localhost", "/");
        assertThat(meta(home, "og:type")).isEqualTo("website");
        assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://voorbeeld.localhost:" + port + "/");
    }

    @Test
    void theFirstPhotoBecomesThePreviewImageWithItsAltText() throws Exception {
        long id = created("voorbeeld", "Bankjes bij de vijver", "Zitten aan het water.", true);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        long image = users.as("voorbeeld", "deler", () -> images.add(id, out.toByteArray(), "Een \"bankje\" <aan> de vijver"));

        Document page = page("voorbeeld.localhost", "/initiatieven/" + id);

        String url = "http://voorbeeld.localhost:" + port + "/beeld/initiatief/" + image;
        assertThat(meta(page, "og:image")).isEqualTo(url);
        assertThat(meta(page, "og:image:alt")).isEqualTo("Een \"bankje\" <aan> de vijver");
        assertThat(meta(page, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(site("voorbeeld.localhost").get("/beeld/initiatief/" + image).statusCode()).isEqualTo(200);
    }

    @Test
    void shareLinksEncodeTitleAndUrl() {
        var links = ShareLinks.forPage("Bankjes & bomen?", "https://voorbeeld.nl/initiatieven/1");
        assertThat(links).extracting(ShareLinks.ShareLink::href).contains(
                "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fvoorbeeld.nl%2Finitiatieven%2F1",
                "https://x.com/intent/tweet?text=Bankjes%20%26%20bomen%3F&url=https%3A%2F%2Fvoorbeeld.nl%2Finitiatieven%2F1",
                "mailto:?subject=Bankjes%20%26%20bomen%3F&body=Bankjes%20%26%20bomen%3F%0A%0Ahttps%3A%2F%2Fvoorbeeld.nl%2Finitiatieven%2F1");
    }
}
