package nl.rugzak.platform.participation.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.rugzak.platform.participation.initiatives.InitiativeDetail.LinkState;
import nl.rugzak.platform.participation.initiatives.InitiativeFilter.Order;
import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * Statuses, link states and sort orders name their text by a key built from the enum, which the key-use test cannot
 * see: every value must read in both languages, and a refusal must reach the screen in the visitor's language.
 */
class InitiativeTextsTest {

    @Test
    void everyStatusLinkStateAndOrderHasItsTextInBothLanguages() {
        List<String> keys = new ArrayList<>();
        Stream.of(InitiativeStatus.values()).map(InitiativeStatus::key).forEach(keys::add);
        Stream.of(LinkState.values()).map(LinkState::key).forEach(keys::add);
        Stream.of(Order.values()).map(Order::key).forEach(keys::add);
        keys.addAll(List.of("initiatives.contribution-kind", "initiatives.activity.new-initiative",
                "initiatives.activity.municipality-response"));
        for (Locale language : Texts.LANGUAGES) {
            assertThat(keys).as("keys without a text in " + language)
                    .allSatisfy(key -> assertThat(Texts.has(language, key)).as(key).isTrue());
        }
        assertThat(Texts.get(Texts.ENGLISH, InitiativeStatus.IN_CONVERSATION.key()))
                .isEqualTo("In talks with the municipality");
    }

    /**
     * Keys handed on as arguments (the "too long" texts, say) escape the key-use test; every literal here exists, a
     * count in both its forms.
     */
    @Test
    void everyKeyWrittenInTheInitiativeAndTopicSourcesExists() throws IOException {
        Pattern key = Pattern.compile("\"((?:initiatives|topics)\\.[a-z0-9.-]*[a-z0-9])\"");
        List<String> missing = new ArrayList<>();
        for (String module : List.of("initiatives", "topics")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/rugzak/platform/participation", module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    key.matcher(Files.readString(file)).results().map(match -> match.group(1))
                            .filter(found -> Texts.LANGUAGES.stream().anyMatch(language -> !Texts.has(language, found)
                                    && !(Texts.has(language, found + ".one") && Texts.has(language, found + ".other"))))
                            .forEach(found -> missing.add(found + " (" + file.getFileName() + ")"));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aDraftThatDoesNotFitSaysWhatIsWrongPerFieldInTheVisitorsLanguage() {
        InitiativeDraft draft = new InitiativeDraft("x".repeat(InitiativeDraft.MAX_TITLE + 1), " ", "", "", null, "", false);
        InvalidInitiativeException refused = new InvalidInitiativeException(draft.problems());

        assertThat(refused.problems()).containsEntry("title", "De titel mag hoogstens 120 tekens hebben (nu 121).")
                .containsKey("summary");
        Map<String, String> english = refused.problemsIn(Texts.ENGLISH);
        assertThat(english).containsEntry("title", "The title can have at most 120 characters (it now has 121).");
        assertThat(refused.messageIn(Texts.ENGLISH)).contains("Say in one or two sentences").doesNotContain("!");
        assertThat(refused.getMessage()).contains("Vertel in een of twee zinnen");
    }

    @Test
    void aRefusedStatusMoveNamesBothStatusesInTheVisitorsLanguage() {
        var refused = new InvalidInitiativeException(Map.of("status", locale -> Texts.get(locale,
                "initiatives.status-move-refused", Texts.get(locale, InitiativeStatus.DRAFT.key()),
                Texts.get(locale, InitiativeStatus.COMPLETED.key()))));
        assertThat(refused.messageIn(Texts.ENGLISH)).isEqualTo("An initiative cannot go from 'Draft' to 'Completed'.");
        assertThat(Arrays.asList(refused.getMessage().split("'"))).contains("Concept", "Afgerond");
    }
}
