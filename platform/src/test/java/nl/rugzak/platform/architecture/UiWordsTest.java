package nl.rugzak.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every word a visitor reads comes from the text bundles: no sentence or capitalised word is written into a view,
 * and no refusal is thrown as a Dutch sentence. A literal that only looks like words (a date pattern, say) is marked
 * on its line with {@code // not-ui-text} and a reason.
 */
class UiWordsTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile(".*\\p{L}{2,}\\s+\\p{L}{2,}.*|[A-Z][a-zà-ÿ']+[.!?:…]?");
    private static final Pattern DUTCH = Pattern.compile(".*\\b(de|het|een|niet|van|voor|deze|dit|wordt|kan|geen|uw|is al|bestaat)\\b.*");
    private static final List<String> NOT_TEXT = List.of("addClassName", "removeClassName", "setClassName", "addThemeVariants",
            "getStyle()", "@Route", "@RouteAlias", "@RolesAllowed", "@PreAuthorize", "@StyleSheet", "@CssImport", "@JsModule",
            "@Tag", "LOG.", "log.", "executeJs", "ofPattern(", "// not-ui-text", "setId(", "getClassNames()", "@Query",
            "IllegalStateException(", "UncheckedIOException(", "\"SELECT", "\"select", "\"insert", "\"update", "\"delete");

    @Test
    void viewsTakeEveryWordFromTheBundles() {
        List<String> found = new ArrayList<>();
        for (Path source : TextBundlesTest.mainSources()) {
            String code = TextBundlesTest.read(source);
            boolean ui = source.toString().contains("/ui/") || code.contains("import com.vaadin.flow.component.")
                    || source.getFileName().toString().equals("WidgetPage.java");
            String[] lines = code.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//") || line.startsWith("import ")
                        || NOT_TEXT.stream().anyMatch(line::contains)) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(line);
                while (literal.find()) {
                    String text = literal.group(1);
                    boolean words = ui ? WORDS.matcher(text).matches()
                            : line.contains("Exception(") && DUTCH.matcher(text).matches();
                    if (words) {
                        found.add(source.getFileName() + ":" + (i + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(found).as("words written into code instead of the text bundles").isEmpty();
    }
}
