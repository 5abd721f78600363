package nl.rugzak.platform.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import nl.rugzak.platform.devservices.EmbeddedMailServer;
import nl.rugzak.platform.devservices.EmbeddedMailServer.ReceivedMail;
import org.jsoup.Jsoup;
import org.springframework.context.ApplicationContext;

/**
 * What the application mailed in a test: the embedded default's own SMTP server (GreenMail, on a free port in the
 * tests, {@code spring.mail.*} pointing at it; see test {@code config/application.properties}). One per application
 * context, so all tests on the shared context see one mailbox: pick mails by recipient address, and use an address
 * of the test's own.
 */
public final class TestMailbox {

    private final EmbeddedMailServer server;

    public TestMailbox(ApplicationContext application) {
        this.server = application.getBean(EmbeddedMailServer.class);
    }

    /** The SMTP server itself: {@link EmbeddedMailServer#stop()} and {@link EmbeddedMailServer#start()} simulate an outage. */
    public EmbeddedMailServer server() {
        return server;
    }

    public int port() {
        return server.port();
    }

    /** Every mail received so far for this address (in To), oldest first. */
    public List<ReceivedMail> to(String address) {
        return server.received().stream()
                .filter(mail -> mail.to().stream().anyMatch(to -> to.toLowerCase().contains(address.toLowerCase())))
                .toList();
    }

    /** Waits (up to a minute: Keycloak mails asynchronously on a busy machine) for a mail to this address that matches. */
    public ReceivedMail awaitMail(String address, Predicate<ReceivedMail> which) {
        AtomicReference<ReceivedMail> found = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> {
            to(address).stream().filter(which).reduce((first, second) -> second).ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    public ReceivedMail awaitMail(String address) {
        return awaitMail(address, mail -> true);
    }

    /** The links of a mail's HTML part, in order. */
    public static List<String> links(ReceivedMail mail) {
        return Jsoup.parse(mail.html()).select("a[href]").stream().map(a -> a.attr("href")).toList();
    }
}
