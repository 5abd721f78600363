package nl.rugzak.themes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.rugzak.themes.contrast.ContrastRules;
import nl.rugzak.themes.tokens.ColourToken;
import nl.rugzak.themes.tokens.FontChoice;
import org.junit.jupiter.api.Test;

/**
 * The module's texts exist in Dutch and English: every key its code names, and the labels it builds from enum and
 * pair names (which the platform's key-use test cannot see).
 */
class ThemeTextsTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(themes\\.[a-z0-9.-]*[a-z0-9])\"");

    private final Properties dutch = load("/i18n/themes.properties");
    private final Properties english = load("/i18n/themes_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(dutch.stringPropertyNames()));
    }

    @Test
    void everyLabelAndEveryKeyInTheCodeHasATextInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (ColourToken token : ColourToken.values()) {
            keys.add(token.label().key());
        }
        for (FontChoice font : FontChoice.values()) {
            keys.add(font.label().key());
        }
        for (ContrastRules.Pair pair : ContrastRules.PAIRS) {
            keys.add(pair.label().key());
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                KEY_LITERAL.matcher(Files.readString(source)).results().forEach(match -> keys.add(match.group(1)));
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys).allSatisfy(key -> {
            assertThat(dutch.getProperty(key)).as("Dutch %s", key).isNotBlank();
            assertThat(english.getProperty(key)).as("English %s", key).isNotBlank();
        });
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ThemeTextsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
