package nl.rugzak.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) for the notification tests, on a free port of its own: tests point
 * {@code spring.mail.*} at it, read what arrived, and stop and start it to play an SMTP outage. What arrived before a
 * stop is kept, so "exactly once" counts across the outage.
 */
public final class NotificationMailbox {

    private static final int PORT = freePort();
    private static final List<MimeMessage> EARLIER = new ArrayList<>();
    private static GreenMail server;

    private NotificationMailbox() {
    }

    public static synchronized int port() {
        if (server == null) {
            start();
        }
        return PORT;
    }

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        server = mail;
    }

    /** The SMTP server goes away (connections are refused) until {@link #start()}. */
    public static synchronized void stop() {
        if (server == null) {
            return;
        }
        EARLIER.addAll(Arrays.asList(server.getReceivedMessages()));
        server.stop();
        server = null;
    }

    /** Everything received so far, across restarts, oldest first. */
    public static synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(EARLIER);
        if (server != null) {
            all.addAll(Arrays.asList(server.getReceivedMessages()));
        }
        return all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
