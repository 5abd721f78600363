package nl.rugzak.platform.participation.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Supplier;

import nl.rugzak.platform.participation.consultations.BlockKind;
import nl.rugzak.platform.participation.consultations.OdtFixtures;
import org.junit.jupiter.api.Test;

/** OpenDocument texts written in the test as LibreOffice writes them, read back by the reader, good ones and bad. */
class OdtReaderTest {

    @Test
    void keepsTitleHeadingsParagraphsListsAndTablesAndLeavesOutCommentsNotesImagesAndDeletedText() {
        DocxReader.Read read = OdtReader.read(OdtFixtures.policy());

        var blocks = DocumentSplitter.split(read.markdown());
        assertThat(blocks).extracting(DocumentSplitter.RawBlock::kind).containsExactly(BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST, BlockKind.LIST, BlockKind.TABLE,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(blocks.get(0).body()).isEqualTo("Speelruimtebeleid 2027");
        assertThat(blocks.get(1).body()).isEqualTo("Kinderen spelen dicht bij huis.");
        assertThat(blocks.get(2).level()).isEqualTo(2);
        assertThat(blocks.get(2).body()).isEqualTo("Wat willen we?");
        assertThat(blocks.get(3).body()).isEqualTo("- meer gras\n- meer schaduw\n  - bomen");
        assertThat(blocks.get(4).body()).isEqualTo("1. eerst meten\n2. dan kiezen");
        assertThat(blocks.get(5).body()).contains("| Jaar | Budget |").contains("| 2027 | 450.000 |");
        assertThat(blocks.get(6).body()).isEqualTo("\\- Dit is geen lijst maar een gewone zin.");
        assertThat(blocks.get(7).body()).isEqualTo("Meer informatie");
        assertThat(read.imagesLeftOut()).isEqualTo(1);
        assertThat(read.commentsLeftOut()).isEqualTo(1);
        assertThat(read.markdown()).doesNotContain("Nog checken", "Bron: enquête", "Oude zin die weg is");
    }

    @Test
    void refusesWhatItWillNotOpen() {
        Map<String, Supplier<byte[]>> refused = Map.of(
                "encrypted", OdtFixtures::encrypted,
                "macros", OdtFixtures::withMacros,
                "external", OdtFixtures::withLinkedImage);
        refused.forEach((reason, file) -> assertThatThrownBy(() -> OdtReader.read(file.get()))
                .as(reason).isInstanceOfSatisfying(DocxReader.Refused.class, e -> assertThat(e.reason()).isEqualTo(reason)));
        assertThatThrownBy(() -> OdtReader.read(OdtFixtures.withLinkedSection()))
                .isInstanceOfSatisfying(DocxReader.Refused.class, e -> assertThat(e.reason()).isEqualTo("external"));
        for (byte[] unreadable : new byte[][] {OdtFixtures.spreadsheet(), OdtFixtures.truncated(),
                OdtFixtures.withExternalEntity(), OdtFixtures.zipBomb(), "dit is geen odt".getBytes()}) {
            assertThatThrownBy(() -> OdtReader.read(unreadable))
                    .isInstanceOfSatisfying(DocxReader.Refused.class, e -> assertThat(e.reason()).isEqualTo("corrupt"));
        }
    }

    @Test
    void anEmptyDocumentHasNoBlocks() {
        assertThat(DocumentSplitter.split(OdtReader.read(OdtFixtures.empty()).markdown())).isEmpty();
    }
}
