package nl.rugzak.platform.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import nl.rugzak.platform.RugzakApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.env.StandardEnvironment;

/**
 * In production mode Rugzak refuses to start without an external database and Keycloak, with one message that names
 * the settings, before it starts anything (no embedded PostgreSQL in a container by accident).
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionModeTest {

    @Test
    void theApplicationRefusesToStartInProductionModeWithoutADatabase(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(RugzakApplication.class, "--rugzak.mode=production",
                "--server.port=0", "--rugzak.keycloak.url=http://keycloak.example"))
                .isInstanceOf(MissingProductionSettings.class)
                .hasMessageContaining("production mode")
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageNotContaining("KEYCLOAK_URL");
        // Boot's failure report: the reason and what to set, no stack trace to read through.
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Set SPRING_DATASOURCE_URL")
                .doesNotContain("Embedded PostgreSQL ready");
    }

    @Test
    void theProductionJarWithoutDevServicesRefusesToStartWithoutADatabaseAndKeycloak(CapturedOutput output) {
        // What the production jar leaves out: the dev services with their settings list, and embedded PostgreSQL.
        FilteredClassLoader productionJar = new FilteredClassLoader(name -> name.startsWith("nl.rugzak.platform.devservices.")
                || name.startsWith("nl/rugzak/platform/devservices/") || name.equals(OwnServicesSettings.LOCATION)
                || name.startsWith("io.zonky.") || name.startsWith("io/zonky/"));
        SpringApplication application = new SpringApplication(new DefaultResourceLoader(productionJar),
                RugzakApplication.class);
        assertThatThrownBy(() -> application.run("--server.port=0"))
                .isInstanceOf(MissingProductionSettings.class)
                .hasMessageContaining("production build")
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("KEYCLOAK_URL");
        assertThat(output).contains("APPLICATION FAILED TO START").doesNotContain("Embedded PostgreSQL ready");
    }

    @Test
    void productionModeNamesEverythingThatIsMissing() {
        StandardEnvironment environment = environment(Map.of("rugzak.mode", "production"));
        assertThatThrownBy(() -> new ProductionMode().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(MissingProductionSettings.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("KEYCLOAK_URL");
    }

    @Test
    void withADatabaseAndKeycloakNothingEmbeddedIsStarted() {
        StandardEnvironment environment = environment(Map.of("rugzak.mode", "PRODUCTION",
                "spring.datasource.url", "jdbc:postgresql://db:5432/rugzak", "rugzak.keycloak.url", "http://kc:8080",
                "rugzak.mail.embedded", "true"));
        new ProductionMode().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("rugzak.mail.embedded")).isEqualTo("false");
        assertThat(environment.getProperty("rugzak.keycloak.embedded")).isEqualTo("false");
        assertThat(environment.getProperty("rugzak.demo.enabled")).isEqualTo("false");
    }

    @Test
    void theDevelopmentBuildWithoutTheModeKeepsTheEmbeddedDefault() {
        StandardEnvironment environment = environment(Map.of());
        new ProductionMode().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getPropertySources().contains(ProductionMode.SOURCE)).isFalse();
        assertThat(environment.getProperty(ProductionMode.MODE)).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
