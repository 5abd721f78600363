package nl.rugzak.platform.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.TimeUnit;

import nl.rugzak.platform.RugzakApplication;
import nl.rugzak.platform.security.IdentityStartup;
import nl.rugzak.platform.support.AsUser;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.NotificationMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notification tests against a real SMTP server (GreenMail on a port of its own), with the scheduled jobs pushed
 * out of the way so each test runs the sender, the digest builder and the reminders itself, at moments it sets with
 * the movable clock. The whole application with the embedded default like {@link IntegrationTest}, but in a context
 * of its own (SMTP settings make it one) with its own data folder, PostgreSQL and Keycloak, as the other tests with
 * their own properties do: extending IntegrationTest would inherit its data folder, whose PostgreSQL the shared
 * context runs. Closed when the class is done, so that it does not sit beside the shared one.
 */
@SpringBootTest(classes = RugzakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public abstract class NotificationsIntegrationTest {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final java.nio.file.Path DATA = IntegrationTest.freshFolder("rugzak-notifications-");

    @LocalServerPort
    protected int port;
    @Autowired
    private IdentityStartup identity;
    @Autowired
    private ApplicationContext application;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("rugzak.data-dir", DATA::toString);
        registry.add("rugzak.embedded.postgres-port", () -> "0");
        registry.add("rugzak.keycloak.embedded-port", () -> "0");
        registry.add("rugzak.tenants.max", () -> "100");
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", NotificationMailbox::port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
        registry.add("rugzak.notifications.send-initial-delay", () -> "P1D");
        registry.add("rugzak.notifications.digest-initial-delay", () -> "P1D");
        registry.add("rugzak.notifications.reminder-initial-delay", () -> "P1D");
        registry.add("rugzak.notifications.mails-per-second", () -> "1000");
        registry.add("rugzak.notifications.batch", () -> "1000");
        registry.add("rugzak.notifications.first-retry", FIRST_RETRY::toString);
    }

    /** Waits until Keycloak is up and every realm and demo account exists. */
    protected void awaitIdentity() {
        try {
            identity.ready().get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak and the realms did not get ready", e);
        }
    }

    protected AsUser asUser() {
        return new AsUser(application);
    }

    /** Mails to this address whose subject contains the marker (each test uses its own). */
    static List<MimeMessage> mailsTo(String address, String marker) {
        return NotificationMailbox.received().stream().filter(mail -> {
            try {
                boolean to = false;
                for (Address recipient : mail.getAllRecipients()) {
                    to |= ((InternetAddress) recipient).getAddress().equalsIgnoreCase(address);
                }
                return to && mail.getSubject().contains(marker);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<MimeMessage> mailsWith(String marker) {
        return NotificationMailbox.received().stream().filter(mail -> {
            try {
                return mail.getSubject().contains(marker);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain-text part. */
    static String text(Part part) {
        return part(part, "text/plain");
    }

    /** The HTML part, or null. */
    static String html(Part part) {
        return part(part, "text/html");
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link in angle brackets of List-Unsubscribe. */
    static URI unsubscribeLink(MimeMessage mail) {
        String value = header(mail, "List-Unsubscribe");
        return URI.create(value.substring(value.indexOf('<') + 1, value.indexOf('>')));
    }

    /** Calls an absolute site link as a browser would, on this test server (the link's host as the Host header). */
    HttpResponse<String> call(String method, URI link, String host, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + link.getRawPath()
                        + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery())))
                .timeout(Duration.ofSeconds(30)).header("Host", host + ":" + port);
        if (body != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
