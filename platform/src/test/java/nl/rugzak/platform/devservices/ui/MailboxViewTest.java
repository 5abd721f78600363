package nl.rugzak.platform.devservices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A received mail is shown without anything that runs; its links stay clickable, in a new tab. */
class MailboxViewTest {

    @Test
    void scriptsHandlersAndFormsAreRemovedAndLinksOpenInANewTab() {
        String safe = MailboxView.safe("<p onclick=\"steel()\" style=\"color:#123456\">Hallo <a href=\"http://localhost:8180/realms/x/"
                + "login-actions/action-token?key=abc&amp;tab_id=1\">bevestig</a></p><script>steel()</script>"
                + "<form action=\"http://kwaad.example\"><input name=\"x\"></form><a href=\"javascript:steel()\">niet</a>"
                + "<iframe src=\"http://kwaad.example\"></iframe>");

        assertThat(safe).doesNotContain("<script", "onclick", "<form", "<input", "javascript:", "<iframe")
                .contains("href=\"http://localhost:8180/realms/x/login-actions/action-token?key=abc&amp;tab_id=1\"")
                .contains("target=\"_blank\"").contains("color:#123456");
    }
}
