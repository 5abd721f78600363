package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ChromiumTest {

    @Test
    void aMachineWithoutChromiumGetsOneLineThatSaysHowToInstallItAndNoStackTrace() {
        assertThatThrownBy(() -> Chromium.locate(Map.<String, String>of()::get, path -> false))
                .isInstanceOfSatisfying(Chromium.Missing.class, missing -> {
                    assertThat(missing.toString()).doesNotContain("\n").doesNotContain("Exception")
                            .contains("apt-get install chromium chromium-driver")
                            .contains("RUGZAK_CHROMIUM");
                    assertThat(missing.getStackTrace()).isEmpty();
                });
    }

    @Test
    void aVariablePointingNowhereIsNamedInThatLine() {
        assertThatThrownBy(() -> Chromium.locate(Map.of("RUGZAK_CHROMIUM", "/opt/nergens/chrome")::get, path -> false))
                .isInstanceOf(Chromium.Missing.class)
                .hasMessageContaining("RUGZAK_CHROMIUM=/opt/nergens/chrome is not an executable file");
    }

    @Test
    void findsDebiansBinariesOrTheConfiguredOnes() {
        Set<Path> debian = Set.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"));
        assertThat(Chromium.locate(Map.<String, String>of()::get, debian::contains))
                .isEqualTo(new Chromium.Binaries("/usr/bin/chromium", "/usr/bin/chromedriver"));

        Set<Path> own = Set.of(Path.of("/opt/chrome/chrome"), Path.of("/opt/chrome/chromedriver"));
        assertThat(Chromium.locate(Map.of("RUGZAK_CHROMIUM", "/opt/chrome/chrome",
                "RUGZAK_CHROMEDRIVER", "/opt/chrome/chromedriver")::get, own::contains))
                .isEqualTo(new Chromium.Binaries("/opt/chrome/chrome", "/opt/chrome/chromedriver"));
    }
}
