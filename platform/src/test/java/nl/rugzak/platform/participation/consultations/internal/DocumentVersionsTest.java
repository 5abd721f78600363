package nl.rugzak.platform.participation.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nl.rugzak.platform.participation.consultations.BlockKind;
import nl.rugzak.platform.participation.consultations.TrackedChange;
import nl.rugzak.platform.participation.consultations.TrackedChange.Change;
import org.junit.jupiter.api.Test;

/** Splitting, numbering, stable anchors across versions and the word-level tracked change. */
class DocumentVersionsTest {

    @Test
    void numbersSectionsAndTheirParagraphs() {
        var blocks = DocumentSplitter.number(DocumentSplitter.split("""
                Vooraf.

                # Doel

                Eerste alinea.

                ## Deel

                - een
                - twee

                # Geld

                | a | b |
                | --- | --- |
                | 1 | 2 |
                """));
        assertThat(blocks).extracting(DocumentSplitter.NumberedBlock::number)
                .containsExactly("1", "§1", "2", "§1.1", "3", "§2", "4");
        assertThat(blocks).extracting(DocumentSplitter.NumberedBlock::kind).containsExactly(BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST, BlockKind.HEADING,
                BlockKind.TABLE);
    }

    @Test
    void unchangedBlocksKeepTheirAnchorsAndChangedOnesSayWhatTheyReplace() {
        AtomicInteger next = new AtomicInteger(3);
        List<AnchorMatcher.Old> old = List.of(new AnchorMatcher.Old("a1", "P:een"), new AnchorMatcher.Old("a2", "P:twee"),
                new AnchorMatcher.Old("a3", "P:drie"));

        var assigned = AnchorMatcher.assign(old, List.of("P:nieuw", "P:een", "P:twee  aangepast", "P:drie"),
                next::incrementAndGet);

        assertThat(assigned).containsExactly(new AnchorMatcher.Assigned("a4", null), new AnchorMatcher.Assigned("a1", null),
                new AnchorMatcher.Assigned("a5", "a2"), new AnchorMatcher.Assigned("a3", null));
    }

    @Test
    void aTrackedChangeShowsDeletedAndInsertedWords() {
        var parts = TrackedChange.between("Elk kind heeft binnen 300 meter een speelplek.",
                "Elk kind heeft binnen 200 meter een veilige speelplek.");

        assertThat(parts).containsExactly(new TrackedChange.Part(Change.SAME, "Elk kind heeft binnen "),
                new TrackedChange.Part(Change.DELETED, "300 "), new TrackedChange.Part(Change.INSERTED, "200 "),
                new TrackedChange.Part(Change.SAME, "meter een "), new TrackedChange.Part(Change.INSERTED, "veilige "),
                new TrackedChange.Part(Change.SAME, "speelplek."));
    }
}
