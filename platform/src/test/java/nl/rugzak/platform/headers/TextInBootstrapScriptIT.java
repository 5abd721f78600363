package nl.rugzak.platform.headers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first answer of a page carries the view's UIDL in an inline script (eager server load). A resident's text with
 * "</script>" in it must stay inside that script as text, not end it and put the rest of the text into the page as
 * HTML: this is how an iframe from a comment got into the moderation queue.
 */
class TextInBootstrapScriptIT extends IntegrationTest {

    private static final String HOSTILE = "Bankje</script><iframe src=\"https://evil.example\"></iframe>";

    @Autowired
    Initiatives initiatives;
    @Autowired
    DemoUsers users;

    @Test
    void aResidentsTextCannotEndTheBootstrapScriptAndAddHtml() {
        awaitIdentity();
        users.ensureResident("voorbeeld", "scriptschrijver");
        long id = users.as("voorbeeld", "scriptschrijver", () -> {
            long created = initiatives.create(new InitiativeDraft(HOSTILE, "Een plek om te rusten.",
                    "Langs de gracht is nergens een bank.", "Gracht", null, "Handen", false));
            initiatives.submit(created);
            return created;
        });

        HttpResponse<String> page = site("voorbeeld.localhost").get("/initiatieven/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("iframe")).isEmpty();
        // The text is there, inside the script, with its "</" written as "<\/".
        assertThat(html.select("script").stream().map(s -> s.data()).filter(data -> data.contains("Bankje<\\/script>")))
                .isNotEmpty();
    }
}
