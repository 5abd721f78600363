package nl.rugzak.platform.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

class TextLimitsTest {

    private static final Pattern FIELD_USE = Pattern.compile("TextLimits\\.(?:require|optional)(?:Line)?\\([^,]+,\\s*\"([^\"]+)\"");

    @Test
    void trimsAndAcceptsTextWithinTheLimits() {
        assertThat(TextLimits.require("  Schone straat  ", "updates.field.title", 3, 120)).isEqualTo("Schone straat");
    }

    @Test
    void tooLongSaysHowLongItIsAndMayBe() {
        assertThatThrownBy(() -> TextLimits.require("x".repeat(131), "updates.field.title", 3, 120))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("De titel mag hoogstens 120 tekens hebben (nu 131).");
    }

    @Test
    void emptyAndTooShortHaveTheirOwnMessage() {
        assertThatThrownBy(() -> TextLimits.require("   ", "comments.field.comment", 1, 2000))
                .hasMessage("Vul uw reactie in.");
        assertThatThrownBy(() -> TextLimits.require("ab", "moderation.field.reason", 3, 1000))
                .hasMessage("De reden moet minstens 3 tekens hebben (nu 2).");
        assertThatThrownBy(() -> TextLimits.require(null, "updates.field.title", 1, 10)).hasMessage("Vul de titel in.");
    }

    @Test
    void anEnglishVisitorReadsTheRefusalInEnglish() {
        assertThatThrownBy(() -> TextLimits.require("x".repeat(2001), "comments.field.comment", 1, 2000))
                .isInstanceOfSatisfying(ContentRejectedException.class, e -> assertThat(e.messageIn(Texts.ENGLISH))
                        .isEqualTo("Your comment can be at most 2000 characters long (it is now 2001)."));
    }

    @Test
    void countsCharactersAsReadersSeeThemAndDropsNul() {
        assertThat(TextLimits.require("😀😀😀", "updates.field.title", 1, 3)).isEqualTo("😀😀😀");
        assertThat(TextLimits.require("a\u0000b", "updates.field.title", 1, 3)).isEqualTo("ab");
    }

    @Test
    void optionalFieldsMayStayEmpty() {
        assertThat(TextLimits.optional("  ", "updates.field.image-alt", 10)).isNull();
        assertThatThrownBy(() -> TextLimits.optional("x".repeat(11), "updates.field.image-alt", 10))
                .hasMessage("De beschrijving van de afbeelding mag hoogstens 10 tekens hebben (nu 11).");
    }

    /** The keys are built from the field's key, so the general key check cannot see them: this test does. */
    @Test
    void everyCheckedFieldHasItsThreeRefusalsInBothLanguages() throws IOException {
        List<String> fields = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher use = FIELD_USE.matcher(Files.readString(file));
                while (use.find()) {
                    fields.add(use.group(1));
                }
            }
        }
        assertThat(fields).contains("comments.field.comment", "moderation.field.reason", "updates.field.title");
        List<String> missing = new ArrayList<>();
        for (String field : fields) {
            for (String ending : List.of(TextLimits.EMPTY, TextLimits.TOO_SHORT, TextLimits.TOO_LONG)) {
                for (var language : Texts.LANGUAGES) {
                    if (!Texts.has(language, field + ending)) {
                        missing.add(language + ":" + field + ending);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
