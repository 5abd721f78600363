package nl.rugzak.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.concurrent.TimeUnit;

import nl.rugzak.platform.RugzakApplication;
import nl.rugzak.platform.security.IdentityStartup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests against the whole application with the embedded default: a real PostgreSQL 17 in a fresh data
 * folder on a free port, the demo tenants seeded (under the Maven profile {@code testcontainers}: PostgreSQL and
 * Keycloak from containers, see {@link ExternalTestServices}). All subclasses share one application context (and server).
 */
@SpringBootTest(classes = RugzakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AsyncProbe.class, FaultInjection.class})
public abstract class IntegrationTest {

    private static final Path DATA = freshFolder("rugzak-it-");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void embeddedDefault(DynamicPropertyRegistry registry) {
        registry.add("rugzak.data-dir", DATA::toString);
        registry.add("rugzak.embedded.postgres-port", () -> "0");
        registry.add("rugzak.keycloak.embedded-port", () -> "0");
        // The lab's cap of 10 is tested on its own; these tests together create more tenants than that.
        registry.add("rugzak.tenants.max", () -> "100");
        // Browser tests see the site as residents do, without Vaadin's development tools on top.
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
        // Billing talks to a local Stripe stub (tests run offline); without these billing is off, as by default.
        registry.add("rugzak.billing.stripe.api-base", StripeStub::baseUrl);
        registry.add("rugzak.billing.stripe.secret-key", () -> StripeStub.SECRET_KEY);
        registry.add("rugzak.billing.stripe.webhook-secret", () -> StripeStub.WEBHOOK_SECRET);
        // -Ptestcontainers: PostgreSQL and Keycloak from containers instead of the embedded servers.
        ExternalTestServices.register(registry);
    }

    @Autowired
    private IdentityStartup identity;

    /** Waits until Keycloak is up and every realm and demo account exists (the first start takes a while). */
    protected void awaitIdentity() {
        try {
            identity.ready().get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak and the realms did not get ready", e);
        }
    }

    @Autowired
    private org.springframework.context.ApplicationContext application;

    protected AsUser asUser() {
        return new AsUser(application);
    }

    /** What the application mailed (the embedded SMTP server); see {@link TestMailbox}. */
    protected TestMailbox mailbox() {
        return new TestMailbox(application);
    }

    protected Browser browser() {
        return new Browser(port);
    }

    protected HttpSite site(String host) {
        return new HttpSite(port, host);
    }

    public static Path freshFolder(String prefix) {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
