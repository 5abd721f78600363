package nl.rugzak.platform.devservices;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server inside the JVM for the embedded default (GreenMail): everything Rugzak and Keycloak send lands
 * here instead of in anyone's inbox, and the development mailbox page shows it. It listens on the loopback address
 * only and accepts any sender without a password, as a local relay would.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);
    public static final String HOST = "127.0.0.1";

    /** One received mail as the mailbox page shows it; {@code id} is stable while the application runs. */
    public record ReceivedMail(int id, List<String> to, String from, String subject, Instant receivedAt, String html,
                               String text, MimeMessage message) {
    }

    private final int port;
    private final List<ReceivedMail> earlier = new CopyOnWriteArrayList<>();
    private volatile GreenMail server;

    private EmbeddedMailServer(int port) {
        this.port = port;
    }

    /**
     * Starts the server. When the port is taken (e.g. a second Rugzak on this machine) the application still starts:
     * its mail then goes to whatever listens there, which the log says.
     */
    public static EmbeddedMailServer start(int port) {
        EmbeddedMailServer mail = new EmbeddedMailServer(port);
        try {
            mail.start();
        } catch (RuntimeException e) {
            log.error("The embedded SMTP server could not listen on {}:{} ({}); mail goes to whatever listens there "
                    + "and the mailbox page stays empty. Set RUGZAK_MAIL_EMBEDDED_PORT to another port.", HOST, port,
                    e.toString());
            return mail;
        }
        log.info("Embedded SMTP server (GreenMail) ready on {}:{}; received mail is shown at /ontwikkeling/mailbox "
                + "on the admin host", HOST, port);
        return mail;
    }

    public int port() {
        return port;
    }

    public boolean running() {
        GreenMail current = server;
        return current != null && current.isRunning();
    }

    /** Starts the server (again, after {@link #stop()}) on the same port. */
    public synchronized void start() {
        if (running()) {
            return;
        }
        GreenMail fresh = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        fresh.start();
        server = fresh;
    }

    /**
     * Stops accepting mail, as a relay that goes down would; mail received so far stays visible. Tests use it to
     * show that nothing is lost while the server is away.
     */
    public synchronized void stop() {
        GreenMail current = server;
        if (current == null) {
            return;
        }
        List<ReceivedMail> soFar = received();
        earlier.clear();
        earlier.addAll(soFar);
        server = null;
        current.stop();
    }

    /** Every mail received while the application runs, oldest first. */
    public List<ReceivedMail> received() {
        List<ReceivedMail> all = new ArrayList<>(earlier);
        GreenMail current = server;
        if (current != null) {
            MimeMessage[] messages = current.getReceivedMessages();
            for (int i = 0; i < messages.length; i++) {
                all.add(read(earlier.size() + i + 1, messages[i]));
            }
        }
        all.sort(Comparator.comparingInt(ReceivedMail::id));
        return all;
    }

    public Optional<ReceivedMail> find(int id) {
        return received().stream().filter(mail -> mail.id() == id).findFirst();
    }

    private static ReceivedMail read(int id, MimeMessage message) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            List<String> to = recipients == null ? List.of() : Arrays.stream(recipients).map(Address::toString).toList();
            Address[] from = message.getFrom();
            Instant at = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.now();
            StringBuilder html = new StringBuilder();
            StringBuilder text = new StringBuilder();
            collect(message, html, text);
            return new ReceivedMail(id, to, from == null || from.length == 0 ? "" : from[0].toString(),
                    message.getSubject() == null ? "" : message.getSubject(), at, html.toString(), text.toString(),
                    message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read a received mail", e);
        }
    }

    private static void collect(Part part, StringBuilder html, StringBuilder text) throws MessagingException, IOException {
        if (part.isMimeType("text/html") && html.isEmpty()) {
            html.append(part.getContent());
        } else if (part.isMimeType("text/plain") && text.isEmpty()) {
            text.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, html, text);
            }
        }
    }

    @Override
    public synchronized void close() {
        GreenMail current = server;
        server = null;
        if (current != null) {
            current.stop();
        }
    }
}
