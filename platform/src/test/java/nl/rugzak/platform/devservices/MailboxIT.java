package nl.rugzak.platform.devservices;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.rugzak.platform.devservices.EmbeddedMailServer.ReceivedMail;
import nl.rugzak.platform.devservices.ui.MailboxView;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The embedded default's SMTP server and its mailbox page: mail sent through Spring's mail settings arrives, the lab
 * reads it with its links, and nobody else sees the page.
 */
class MailboxIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JavaMailSender sender;
    @Autowired
    Environment environment;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void springsMailSettingsPointAtTheEmbeddedServerOnLoopback() {
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("spring.mail.port", Integer.class)).isEqualTo(mailbox().port());
        assertThat(mailbox().server().running()).isTrue();
    }

    @Test
    void theLabReadsAReceivedMailWithItsLinksAndNoScript() throws Exception {
        String to = "lezer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        MimeMessage mail = sender.createMimeMessage();
        mail.setFrom(new InternetAddress("noreply@voorbeeld.localhost"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        mail.setSubject("Bevestig uw adres");
        mail.setContent("<p>Klik <a href=\"http://voorbeeld.localhost/bevestig\">hier</a></p><script>alert(1)</script>",
                "text/html; charset=UTF-8");
        sender.send(mail);
        ReceivedMail received = mailbox().awaitMail(to);

        BrowserlessUi.openAs(context, "labbeheer", "lab-admin");
        try {
            UI.getCurrent().navigate(MailboxView.PATH);
            MailboxView view = _get(MailboxView.class);
            @SuppressWarnings("unchecked")
            Grid<ReceivedMail> list = _get(view, Grid.class);
            List<ReceivedMail> shown = list.getGenericDataView().getItems().toList();
            assertThat(shown).extracting(ReceivedMail::subject).contains("Bevestig uw adres");
            list.select(shown.stream().filter(m -> m.id() == received.id()).findFirst().orElseThrow());
            IFrame frame = _get(view, IFrame.class);
            assertThat(frame.getSandbox().orElseThrow()).doesNotContain(IFrame.SandboxType.ALLOW_SCRIPTS);
            String html = frame.getSrcdoc().orElseThrow();
            assertThat(html).contains("href=\"http://voorbeeld.localhost/bevestig\"").contains("target=\"_blank\"")
                    .doesNotContain("<script");
        } finally {
            BrowserlessUi.closeAs(context);
        }
    }

    @Test
    void onlyTheLabSeesTheMailboxAndOnlyOnTheAdminHost() {
        String page = "http://admin.localhost:" + port + "/" + MailboxView.PATH;
        HttpResponse<String> anonymous = browser().get(page);
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("Mailbox voor ontwikkeling");

        HttpResponse<String> anonymousAtTenant = site("voorbeeld.localhost").get("/" + MailboxView.PATH);
        assertThat(anonymousAtTenant.statusCode()).isNotEqualTo(200);
        assertThat(anonymousAtTenant.body()).doesNotContain("Mailbox voor ontwikkeling");

        Browser resident = browser();
        resident.logIn("voorbeeld.localhost:" + port, "bewoner", "rugzak-demo-2026");
        HttpResponse<String> atTenant = resident.get("http://voorbeeld.localhost:" + port + "/" + MailboxView.PATH);
        assertThat(atTenant.statusCode()).isEqualTo(404);

        Browser lab = browser();
        lab.logIn("admin.localhost:" + port, "labbeheer", "rugzak-demo-2026");
        HttpResponse<String> mailbox = lab.get(page);
        assertThat(mailbox.statusCode()).isEqualTo(200);
        assertThat(mailbox.body()).contains("Mailbox – Co-creatie Lab");
    }
}
