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

    private static final String MULTI_BRAND = """
            {"$metadata": {"tokenSetOrder": ["common", "gemeente-a", "gemeente-b"]},
             "common": {"basis": {"color": {"blue": {"700": {"$type": "color", "$value": "#1a4f8b"}},
                                            "green": {"700": {"$type": "color", "$value": "#0b5e3c"}}}}},
             "gemeente-b": {"utrecht": {"link": {"color": {"$value": "{basis.color.green.700}"}}},
                            "basis": {"color": {"action-1": {"color-default": {"$value": "#000000"}}}}},
             "gemeente-a": {"utrecht": {"link": {"color": {"$value": "{basis.color.blue.700}"}},
                                        "heading-1": {"color": {"$value": "#000000"}}}}}""";

    @Test
    void aMultiBrandFileNamesItsBrandsAndImportsTheChosenOneWithSharedPrimitives() {
        byte[] file = MULTI_BRAND.getBytes(StandardCharsets.UTF_8);
        assertThat(DesignTokenImport.brands(file)).containsExactly("gemeente-a", "gemeente-b");
        assertThat(DesignTokenImport.brands("{\"utrecht\": {\"link\": {\"color\": {\"$value\": \"#5a1a8a\"}}}}"
                .getBytes(StandardCharsets.UTF_8))).isEmpty();

        ImportReport b = DesignTokenImport.read(file, "gemeente-b", ThemeTokens.DEFAULT);
        assertThat(b.tokens().link()).isEqualTo(Colour.parse("#0b5e3c"));
        assertThat(b.overridden()).extracting(ImportReport.Ignored::source).containsExactly("basis.color.action-1.color-default");
        assertThat(b.unused()).extracting(ImportReport.Ignored::source).contains("basis.color.blue.700", "basis.color.green.700");

        ImportReport a = DesignTokenImport.read(file, "gemeente-a", ThemeTokens.DEFAULT);
        assertThat(a.tokens().link()).isEqualTo(Colour.parse("#1a4f8b"));
        assertThat(a.overridden()).isEmpty();

        assertThatThrownBy(() -> DesignTokenImport.read(file, ThemeTokens.DEFAULT))
                .isInstanceOf(TokenFileException.class).hasMessage("themes.file.choose-brand");
        assertThatThrownBy(() -> DesignTokenImport.read(file, "gemeente-z", ThemeTokens.DEFAULT))
                .isInstanceOf(TokenFileException.class).hasMessage("themes.file.unknown-brand");
    }

    @Test
    void aTokensStudioFileOffersItsThemes() {
        String studio = """
                {"core": {"basis": {"color": {"blue": {"value": "#1a4f8b", "type": "color"}}}},
                 "light": {"utrecht": {"link": {"color": {"value": "{basis.color.blue}", "type": "color"}}}},
                 "dark": {"utrecht": {"link": {"color": {"value": "#9cc3ff", "type": "color"}}}},
                 "$themes": [{"name": "Licht", "selectedTokenSets": {"core": "source", "light": "enabled", "dark": "disabled"}},
                             {"name": "Donker", "selectedTokenSets": {"core": "source", "dark": "enabled"}}]}""";
        byte[] file = studio.getBytes(StandardCharsets.UTF_8);
        assertThat(DesignTokenImport.brands(file)).containsExactly("Donker", "Licht");
        assertThat(DesignTokenImport.read(file, "Licht", ThemeTokens.DEFAULT).tokens().link()).isEqualTo(Colour.parse("#1a4f8b"));
        assertThat(DesignTokenImport.read(file, "Donker", ThemeTokens.DEFAULT).tokens().link()).isEqualTo(Colour.parse("#9cc3ff"));
    }

    @Test
    void filesUpToTenMegabytesAreReadAndLargerOnesAreRefusedWithTheLimit() {
        StringBuilder big = new StringBuilder("{\"utrecht\": {\"link\": {\"color\": {\"$value\": \"#5a1a8a\"}}}, \"padding\": {");
        for (int i = 0; big.length() < 3 * 1024 * 1024; i++) {
            big.append(i == 0 ? "" : ",").append("\"t").append(i).append("\": {\"$value\": \"").append("x".repeat(200)).append("\"}");
        }
        big.append("}}");
        assertThat(DesignTokenImport.read(big.toString().getBytes(StandardCharsets.UTF_8), ThemeTokens.DEFAULT).tokens().link())
                .isEqualTo(Colour.parse("#5a1a8a"));
        assertThatThrownBy(() -> DesignTokenImport.read(new byte[DesignTokenImport.MAX_BYTES + 1], ThemeTokens.DEFAULT))
                .isInstanceOf(TokenFileException.class).hasMessage("themes.file.too-large")
                .extracting(e -> ((TokenFileException) e).args()).isEqualTo(new Object[] {"10,0", 10});
    }
}
