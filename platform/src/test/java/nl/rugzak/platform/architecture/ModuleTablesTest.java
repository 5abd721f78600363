package nl.rugzak.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Modules keep to their own tables: SQL in one participation module that names another module's table re-implements
 * that module's rules (who may see what) and breaks when it changes. A module asks the other module's service.
 */
class ModuleTablesTest {

    private static final Path WING = Path.of("src/main/java/nl/rugzak/platform/participation");
    private static final Path CHANGELOGS = Path.of("../migrations/src/main/resources/db/tenant");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern TABLE_USE = Pattern.compile("(?i)\\b(?:from|join|into|update|references)\\s+([a-z_][a-z0-9_]*)");

    @Test
    void noModuleNamesAnotherModulesTables() {
        Map<String, String> owners = tableOwners();
        assertThat(owners).as("tables of the participation modules").isNotEmpty();
        List<String> trespasses = new ArrayList<>();
        for (String module : modules()) {
            for (Path source : javaFiles(WING.resolve(module))) {
                String text = withoutComments(read(source));
                Matcher use = TABLE_USE.matcher(text);
                while (use.find()) {
                    String owner = owners.get(use.group(1).toLowerCase());
                    if (owner != null && !owner.equals(module)) {
                        trespasses.add("%s names %s's table %s".formatted(WING.relativize(source), owner, use.group(1)));
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void theRuleSeesATrespass() {
        // The detector itself: a join on another module's table is found, a column with a table's name is not.
        Matcher use = TABLE_USE.matcher("SELECT i.title FROM news_update u JOIN initiative i ON i.id = u.initiative_id");
        List<String> named = new ArrayList<>();
        while (use.find()) {
            named.add(use.group(1));
        }
        assertThat(named).containsExactly("news_update", "initiative");
        assertThat(withoutComments("/** news from initiative owners */ // join initiative\nint x;")).doesNotContain("initiative");
    }

    /** Every participation module has its changelog folder of the same name. */
    @Test
    void everyModuleHasItsOwnChangelogFolder() {
        assertThat(modules()).isNotEmpty().allSatisfy(module ->
                assertThat(CHANGELOGS.resolve(module).resolve("master.yaml")).as(module).exists());
    }

    /** Prose says "news from initiative owners"; only code can trespass. */
    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }

    private static Map<String, String> tableOwners() {
        Map<String, String> owners = new HashMap<>();
        for (String module : modules()) {
            Path changelog = CHANGELOGS.resolve(module);
            for (Path file : files(changelog, ".yaml")) {
                Matcher create = CREATE_TABLE.matcher(read(file));
                while (create.find()) {
                    owners.put(create.group(1).toLowerCase(), module);
                }
            }
        }
        return owners;
    }

    static List<String> modules() {
        try (Stream<Path> folders = Files.list(WING)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path folder) {
        return files(folder, ".java");
    }

    private static List<Path> files(Path folder, String ending) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
