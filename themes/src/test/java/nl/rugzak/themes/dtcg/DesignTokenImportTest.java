package nl.rugzak.themes.dtcg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import nl.rugzak.themes.text.TextKey;
import nl.rugzak.themes.tokens.Colour;
import nl.rugzak.themes.tokens.FontChoice;
import nl.rugzak.themes.tokens.ThemeTokens;
import org.junit.jupiter.api.Test;

class DesignTokenImportTest {

    @Test
    void anNlDesignSystemTokenFileMapsToTheExpectedValues() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/dtcg/voorbeeldstad.tokens.json")) {
            file = in.readAllBytes();
        }
        ImportReport report = DesignTokenImport.read(file, ThemeTokens.DEFAULT);
        ThemeTokens tokens = report.tokens();
        assertThat(tokens.primary()).isEqualTo(Colour.parse("#0a5c36"));
        assertThat(tokens.primaryContrast()).isEqualTo(Colour.parse("#ffffff"));
        assertThat(tokens.text()).isEqualTo(Colour.parse("#222222"));
        assertThat(tokens.background()).isEqualTo(Colour.parse("#ffffff"));
        assertThat(tokens.link()).isEqualTo(Colour.parse("#0b4f8a"));
        assertThat(tokens.font()).isEqualTo(FontChoice.VERDANA);
        assertThat(tokens.baseSizePx()).isEqualTo(18);
        assertThat(tokens.radiusPx()).isEqualTo(8);
        // Not in the file, so unchanged.
        assertThat(tokens.focus()).isEqualTo(ThemeTokens.DEFAULT.focus());

        assertThat(report.mapped()).extracting(ImportReport.Mapped::source).contains(
                "utrecht.button.primary-action.background-color", "utrecht.document.font-family", "utrecht.link.color");
        assertThat(report.mapped()).anySatisfy(m -> {
            assertThat(m.source()).isEqualTo("utrecht.button.primary-action.background-color");
            assertThat(m.rugzakToken()).isEqualTo("primary");
            assertThat(m.value()).isEqualTo("#0a5c36");
        });
        assertThat(report.ignored()).anySatisfy(i -> {
            assertThat(i.source()).isEqualTo("utrecht.focus.outline-color");
            assertThat(i.reason()).isEqualTo(new TextKey("themes.colour.not-a-colour", "expression(alert(1))"));
        });
        assertThat(report.ignored()).anySatisfy(i -> {
            assertThat(i.source()).isEqualTo("utrecht.heading-1.font-weight");
            assertThat(i.reason()).isEqualTo(new TextKey("themes.import.ignored.unused"));
        });
    }

    @Test
    void anInvalidFileGetsAClearMessage() {
        assertThatThrownBy(() -> DesignTokenImport.read("{\"utrecht\": {".getBytes(StandardCharsets.UTF_8), ThemeTokens.DEFAULT))
                .isInstanceOf(TokenFileException.class).hasMessage("themes.file.not-json-at-line")
                .extracting(e -> ((TokenFileException) e).args()).isEqualTo(new Object[] {1});
        assertThatThrownBy(() -> DesignTokenImport.read("[1,2]".getBytes(StandardCharsets.UTF_8), ThemeTokens.DEFAULT))
                .isInstanceOf(TokenFileException.class).hasMessage("themes.file.not-an-object");
        assertThatThrownBy(() -> DesignTokenImport.read("{\"a\":{\"b\":1}}".getBytes(StandardCharsets.UTF_8), ThemeTokens.DEFAULT))
                .isInstanceOf(TokenFileException.class).hasMessage("themes.file.no-tokens");
        assertThatThrownBy(() -> DesignTokenImport.read(
                "{\"x\":{\"$value\":\"#fff\"}}".getBytes(StandardCharsets.UTF_8), ThemeTokens.DEFAULT))
                .isInstanceOf(TokenFileException.class).hasMessage("themes.file.nothing-taken-over");
        assertThatThrownBy(() -> DesignTokenImport.read(new byte[0], ThemeTokens.DEFAULT))
                .isInstanceOf(TokenFileException.class).hasMessage("themes.file.empty");
    }
}
