package nl.rugzak.platform.participation.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.rugzak.platform.participation.consultations.BlockKind;
import nl.rugzak.platform.participation.consultations.DocxFixtures;
import org.junit.jupiter.api.Test;

/** Word files made with POI in the test, read back by the reader, good ones and bad ones. */
class DocxReaderTest {

    @Test
    void keepsHeadingsParagraphsListsAndTablesAndCountsWhatItLeftOut() {
        DocxReader.Read read = DocxReader.read(DocxFixtures.policy());

        var blocks = DocumentSplitter.split(read.markdown());
        assertThat(blocks).extracting(DocumentSplitter.RawBlock::kind).containsExactly(BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST, BlockKind.TABLE,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(blocks.get(0).body()).isEqualTo("Speelruimtebeleid 2027");
        assertThat(blocks.get(2).level()).isEqualTo(2);
        assertThat(blocks.get(4).body()).isEqualTo("- meer gras\n- meer schaduw");
        assertThat(blocks.get(5).body()).contains("| Jaar | Budget |").contains("| 2027 | 450.000 |");
        // A sentence that starts with a dash in Word stays a sentence.
        assertThat(blocks.get(6).body()).isEqualTo("\\- Dit is geen lijst maar een gewone zin.");
        assertThat(blocks.get(7).body()).isEqualTo("Meer informatie");
        assertThat(read.imagesLeftOut()).isEqualTo(1);
        assertThat(read.commentsLeftOut()).isEqualTo(1);
        assertThat(read.markdown()).doesNotContain("Nog checken");
    }

    @Test
    void refusesWhatItWillNotOpen() {
        assertThatThrownBy(() -> DocxReader.read(DocxFixtures.encrypted()))
                .isInstanceOfSatisfying(DocxReader.Refused.class, e -> assertThat(e.reason()).isEqualTo("encrypted"));
        assertThatThrownBy(() -> DocxReader.read(DocxFixtures.withMacros()))
                .isInstanceOfSatisfying(DocxReader.Refused.class, e -> assertThat(e.reason()).isEqualTo("macros"));
        assertThatThrownBy(() -> DocxReader.read(DocxFixtures.withExternalTemplate()))
                .isInstanceOfSatisfying(DocxReader.Refused.class, e -> assertThat(e.reason()).isEqualTo("external"));
        assertThatThrownBy(() -> DocxReader.read(DocxFixtures.truncated()))
                .isInstanceOfSatisfying(DocxReader.Refused.class, e -> assertThat(e.reason()).isEqualTo("corrupt"));
        assertThatThrownBy(() -> DocxReader.read("dit is geen word-bestand".getBytes()))
                .isInstanceOfSatisfying(DocxReader.Refused.class, e -> assertThat(e.reason()).isEqualTo("corrupt"));
    }

    @Test
    void anEmptyDocumentHasNoBlocks() {
        assertThat(DocumentSplitter.split(DocxReader.read(DocxFixtures.empty()).markdown())).isEmpty();
    }
}
