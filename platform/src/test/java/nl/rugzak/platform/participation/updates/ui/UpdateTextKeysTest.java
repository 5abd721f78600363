package nl.rugzak.platform.participation.updates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.rugzak.platform.participation.updates.NewsUpdate;
import nl.rugzak.platform.participation.updates.UpdateDraft;
import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** Keys built from enum values are invisible to the general key check: each value has its text in both languages. */
class UpdateTextKeysTest {

    @Test
    void everyStateHasANameInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (NewsUpdate.State state : NewsUpdate.State.values()) {
            Texts.LANGUAGES.stream().filter(language -> !Texts.has(language, state.key()))
                    .forEach(language -> missing.add(language + ":" + state.key()));
        }
        assertThat(missing).isEmpty();
        assertThat(Texts.get(Texts.ENGLISH, NewsUpdate.State.SCHEDULED.key())).isEqualTo("Scheduled");
    }

    @Test
    void everyWayToPublishHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (UpdateDraft.Publication how : UpdateDraft.Publication.values()) {
            String key = UpdateFormView.publicationKey(how);
            Texts.LANGUAGES.stream().filter(language -> !Texts.has(language, key))
                    .forEach(language -> missing.add(language + ":" + key));
        }
        assertThat(missing).isEmpty();
    }
}
