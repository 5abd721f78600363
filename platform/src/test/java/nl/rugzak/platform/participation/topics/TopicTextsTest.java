package nl.rugzak.platform.participation.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;

import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** A topic's status names its text by a key built from the enum, which the key-use test cannot see. */
class TopicTextsTest {

    @Test
    void everyStatusHasItsTextInBothLanguages() {
        for (Locale language : Texts.LANGUAGES) {
            assertThat(Stream.of(TopicStatus.values()).map(TopicStatus::key))
                    .allSatisfy(key -> assertThat(Texts.has(language, key)).as(key + " in " + language).isTrue());
        }
        assertThat(Texts.get(Texts.ENGLISH, TopicStatus.CARRYING_OUT.key())).isEqualTo("We are carrying it out");
    }

    @Test
    void aTopicThatDoesNotFitSaysWhatIsWrongInTheVisitorsLanguage() {
        TopicDraft draft = new TopicDraft(" ", "Samenvatting", "", "", null, "", "geen-adres");
        InvalidTopicException refused = new InvalidTopicException(draft.problems());

        assertThat(refused.problems()).containsOnlyKeys("title", "status", "contactEmail")
                .containsEntry("title", "Vul een titel in.");
        assertThat(refused.problemsIn(Texts.ENGLISH)).containsEntry("status", "Choose how far the municipality has got.");
    }
}
