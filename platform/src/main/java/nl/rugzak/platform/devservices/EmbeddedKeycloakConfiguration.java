package nl.rugzak.platform.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Properties;

import nl.rugzak.tenantadmin.identity.KeycloakServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default's Keycloak, when no {@code KEYCLOAK_URL} is given (the platform's own configuration takes
 * that one): started in the background on the embedded PostgreSQL, and the platform's {@link KeycloakServer} for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${rugzak.keycloak.url:}'.isEmpty() and ${rugzak.keycloak.embedded:true}")
class EmbeddedKeycloakConfiguration {

    /** Where the build put the Keycloak distribution; filtered by Maven, and never in the production jar. */
    static final String DISTRIBUTION_SETTINGS = "keycloak-distribution.properties";

    @Bean(destroyMethod = "close")
    EmbeddedKeycloak embeddedKeycloak(@Value("${rugzak.data-dir:.rugzak-data}") Path dataFolder,
                                      @Value("${rugzak.keycloak.embedded-port:8180}") int port,
                                      ObjectProvider<EmbeddedDatabase> database) throws IOException {
        EmbeddedDatabase postgres = database.getIfAvailable();
        if (postgres == null) {
            throw new IllegalStateException("With an external database, configure an external Keycloak too "
                    + "(KEYCLOAK_URL, KEYCLOAK_ADMIN_USERNAME, KEYCLOAK_ADMIN_PASSWORD).");
        }
        return EmbeddedKeycloak.start(dataFolder, port == 0 ? freePort() : port, postgres, distribution());
    }

    @Bean(destroyMethod = "close")
    KeycloakServer embeddedKeycloakServer(EmbeddedKeycloak keycloak) {
        return new KeycloakServer(keycloak.url(), EmbeddedKeycloak.ADMIN_USERNAME, keycloak.adminPassword());
    }

    private static Path distribution() throws IOException {
        Properties build = new Properties();
        try (InputStream in = EmbeddedKeycloakConfiguration.class.getResourceAsStream(DISTRIBUTION_SETTINGS)) {
            if (in != null) {
                build.load(in);
            }
        }
        String version = build.getProperty("keycloak.version", "26.7.3");
        String fromBuild = build.getProperty("keycloak.distribution");
        if (fromBuild != null && !fromBuild.contains("@") && Path.of(fromBuild).toFile().isFile()) {
            return Path.of(fromBuild);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", version, "keycloak-quarkus-dist-" + version + ".zip");
    }

    private static int freePort() throws IOException {
        // Keycloak's management interface takes port + 1000; both must be free.
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                int port = socket.getLocalPort();
                if (port + 1000 < 65536) {
                    try (ServerSocket management = new ServerSocket(port + 1000)) {
                        return port;
                    } catch (IOException taken) {
                        // try another
                    }
                }
            }
        }
        throw new IOException("No free port pair for Keycloak");
    }
}
