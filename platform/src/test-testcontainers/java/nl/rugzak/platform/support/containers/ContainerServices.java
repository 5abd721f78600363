package nl.rugzak.platform.support.containers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * PostgreSQL 17 and Keycloak 26.5 from Testcontainers for the integration tests (Maven profile {@code testcontainers};
 * called by {@code support.ExternalTestServices}). Both start once per test JVM, as the embedded servers do, and the
 * application is configured as in production: its own non-superuser role that owns the database and may create
 * roles, an external Keycloak with an admin account, a secrets key. The demo municipalities are seeded as in the
 * embedded default ({@code rugzak.demo.external}), because the tests build on them.
 * Not covered here: the embedded SMTP server (it listens on the loopback address, which the Keycloak container cannot
 * reach), so the tests that read Keycloak's mails need the embedded default.
 */
public final class ContainerServices {

    private static final String APP_USER = "rugzak_app";
    private static final String APP_PASSWORD = secret();
    private static final String KEYCLOAK_ADMIN = "rugzak-admin";
    private static final String KEYCLOAK_PASSWORD = secret();
    private static final String SECRETS_KEY = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

    private static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer(DockerImageName.parse("postgres:17"));
    private static final GenericContainer<?> KEYCLOAK = keycloak();

    private ContainerServices() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        start();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + POSTGRES.getHost() + ":"
                + POSTGRES.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/rugzak");
        registry.add("spring.datasource.username", () -> APP_USER);
        registry.add("spring.datasource.password", () -> APP_PASSWORD);
        registry.add("rugzak.keycloak.url", () -> "http://" + KEYCLOAK.getHost() + ":" + KEYCLOAK.getMappedPort(8080));
        registry.add("rugzak.keycloak.admin-username", () -> KEYCLOAK_ADMIN);
        registry.add("rugzak.keycloak.admin-password", () -> KEYCLOAK_PASSWORD);
        registry.add("rugzak.keycloak.embedded", () -> "false");
        registry.add("rugzak.secrets.key", () -> SECRETS_KEY);
        registry.add("rugzak.demo.external", () -> "true");
    }

    private static synchronized void start() {
        if (POSTGRES.isRunning() && KEYCLOAK.isRunning()) {
            return;
        }
        POSTGRES.start();
        KEYCLOAK.start();
        try (Connection connection = DriverManager.getConnection(POSTGRES.getJdbcUrl(), POSTGRES.getUsername(),
                POSTGRES.getPassword()); Statement statement = connection.createStatement()) {
            // As in production (README): not a superuser, owns its database, may create the tenants' roles.
            statement.execute("CREATE ROLE " + APP_USER + " LOGIN CREATEROLE NOSUPERUSER NOCREATEDB PASSWORD '"
                    + APP_PASSWORD + "'");
            statement.execute("CREATE DATABASE rugzak OWNER " + APP_USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the PostgreSQL container", e);
        }
    }

    private static GenericContainer<?> keycloak() {
        GenericContainer<?> keycloak = new GenericContainer<>(DockerImageName.parse("quay.io/keycloak/keycloak:26.5"))
                .withCommand("start-dev", "--health-enabled=true")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN)
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", KEYCLOAK_PASSWORD)
                .withExposedPorts(8080, 9000)
                .waitingFor(Wait.forHttp("/health/ready").forPort(9000).withStartupTimeout(Duration.ofMinutes(5)));
        // Rugzak's login and e-mail theme, as an external Keycloak gets it (README).
        Path theme = themes();
        if (theme != null) {
            keycloak.withCopyFileToContainer(MountableFile.forHostPath(theme), "/opt/keycloak/themes/rugzak");
        }
        return keycloak;
    }

    /** The theme folder of the themes module, from the platform module's folder (where Maven runs the tests). */
    private static Path themes() {
        for (Path candidate : new Path[] {Path.of("../themes/src/main/resources/keycloak-themes/rugzak"),
                Path.of("themes/src/main/resources/keycloak-themes/rugzak")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    private static String secret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
