package nl.rugzak.platform.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the embedded default (no database and no mail server configured) Spring's mail settings point at the SMTP
 * server Rugzak starts itself ({@link EmbeddedMailServer}). It has to happen this early: Boot's mail sender and the
 * realms' SMTP settings are decided from {@code spring.mail.*} before any bean exists. With an external database
 * (production) nothing is started: mail is off until {@code SPRING_MAIL_HOST} is set, and no mail disappears into
 * a server nobody reads.
 */
public class EmbeddedMailDefaults implements EnvironmentPostProcessor, Ordered {

    /** Set (to true) when the embedded SMTP server is to run; the mailbox page exists only then. */
    public static final String ACTIVE = "rugzak.mail.embedded-server";
    static final String SOURCE = "rugzak-embedded-mail";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!embeddedDefault(environment)) {
            return;
        }
        int port = environment.getProperty("rugzak.mail.embedded-port", Integer.class, 3025);
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of(
                "spring.mail.host", EmbeddedMailServer.HOST,
                "spring.mail.port", String.valueOf(port == 0 ? freePort() : port),
                ACTIVE, "true")));
    }

    static boolean embeddedDefault(ConfigurableEnvironment environment) {
        return environment.getProperty("spring.mail.host", "").isBlank()
                && environment.getProperty("spring.datasource.url", "").isBlank()
                && environment.getProperty("rugzak.mail.embedded", Boolean.class, true);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded SMTP server", e);
        }
    }

    @Override
    public int getOrder() {
        // After the application's own configuration files are read (ConfigData runs at HIGHEST_PRECEDENCE + 10).
        return Ordered.LOWEST_PRECEDENCE;
    }
}
