package nl.rugzak.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** Dutch and English are both complete: a key missing in either language, or used in code but absent, fails. */
class TextBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\""),
            Pattern.compile("Texts\\.(?:get|find|has)\\([^,()]+(?:\\([^()]*\\))?,\\s*\"([^\"]+)\""),
            Pattern.compile("Texts\\.dutch\\(\\s*\"([^\"]+)\""),
            Pattern.compile("Exception\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"\\s*[,)]"),
            Pattern.compile("super\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"\\s*[,)]"),
            Pattern.compile("Key\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"\\s*[,)]"));
    private static final Pattern COUNT_USE = Pattern.compile("Texts\\.count\\([^,()]+(?:\\([^()]*\\))?,\\s*\"([^\"]+)\"");

    private final Map<String, String> dutch = Texts.all().get("nl");
    private final Map<String, String> english = Texts.all().get("en");

    @Test
    void everyKeyExistsInBothLanguages() {
        assertThat(dutch).isNotEmpty();
        assertThat(new TreeSet<>(english.keySet())).as("keys in English that Dutch lacks")
                .containsAll(dutch.keySet());
        assertThat(new TreeSet<>(dutch.keySet())).as("keys in Dutch that English lacks")
                .containsAll(english.keySet());
    }

    @Test
    void noTextIsEmptyAndBothLanguagesFillTheSamePlaceholders() {
        List<String> problems = new ArrayList<>();
        dutch.forEach((key, text) -> {
            String other = english.get(key);
            if (text.isBlank() || other == null || other.isBlank()) {
                problems.add(key + " is empty");
            } else if (!placeholders(text).equals(placeholders(other))) {
                problems.add(key + " has " + placeholders(text) + " in Dutch but " + placeholders(other) + " in English");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() {
        List<String> missing = new ArrayList<>();
        for (Path source : mainSources()) {
            String code = read(source);
            for (Pattern use : KEY_USES) {
                Matcher matcher = use.matcher(code);
                while (matcher.find()) {
                    if (!dutch.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
            Matcher counts = COUNT_USE.matcher(code);
            while (counts.find()) {
                for (String form : List.of(".one", ".other")) {
                    if (!dutch.containsKey(counts.group(1) + form)) {
                        missing.add(counts.group(1) + form + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but in no bundle").isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(match -> found.add(match.group()));
        return found;
    }

    static List<Path> mainSources() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("migrations", "themes", "tenant-admin", "platform")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
