package nl.rugzak.platform.participation.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import nl.rugzak.platform.participation.consultations.Block;
import nl.rugzak.platform.participation.consultations.BlockChange;
import nl.rugzak.platform.participation.consultations.BlockKind;
import nl.rugzak.platform.participation.consultations.ConsultationKind;
import nl.rugzak.platform.participation.consultations.Outcome;
import nl.rugzak.platform.participation.consultations.ReportContent;
import nl.rugzak.platform.participation.consultations.TrackedChange;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The reactienota PDF as a reader with a screen reader and an archivist get it: tagged (headings, paragraphs, the
 * logo as a figure with its alt text), in Dutch, PDF/A-2u, its font embedded, and its text extractable as written.
 */
class ReportPdfTest {

    static final String ANSWER = "We leggen de fietsfile officieel vast in het plan.";

    @Test
    void theReportIsTaggedDutchArchivableAndReadsAsWritten() throws IOException {
        byte[] pdf = ReportPdf.render(report(3, logo()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("nl");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Reactienota Speelruimtebeleid");

            List<PDStructureElement> elements = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), elements);
            assertThat(elements).extracting(PDStructureElement::getStructureType)
                    .contains("H1", "H2", "H3", "P", "Figure", "Table");
            assertThat(elements).filteredOn(e -> e.getStructureType().equals("Figure")).singleElement()
                    .satisfies(figure -> assertThat(figure.getAlternateDescription()).isEqualTo("Logo van Gemeente Voorbeeldstad"));

            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")U");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }

            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Reactie 1 · over alinea 2", "Reactie 3 · over het hele document", "Antwoord van de gemeente: " + ANSWER,
                    "Meer speelruimte bij de school, voorstel 1.", "Uitkomst: Geen aanpassing", "Speelplekken liggen binnen");
        }
    }

    @Test
    void aReportWithoutReactionsSaysSo() throws IOException {
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(report(0, null)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Er zijn geen reacties gegeven.");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    static ReportContent report(int reactions, byte[] logo) {
        List<ReportContent.Entry> entries = new ArrayList<>();
        for (int n = 1; n <= reactions; n++) {
            entries.add(new ReportContent.Entry(n, n % 3 == 0 ? null : "2", "Meer speelruimte bij de school, voorstel " + n + ".",
                    n == 1 ? "Elk kind heeft binnen 200 meter een speelplek." : null, "Afstand", ANSWER, Outcome.UNCHANGED, null));
        }
        String before = "Speelplekken liggen binnen 300 meter.";
        String after = "Speelplekken liggen binnen 200 meter.";
        var change = new BlockChange(BlockChange.Kind.CHANGED, new Block("a1", null, BlockKind.PARAGRAPH, 0, "2", before),
                new Block("a9", "a1", BlockKind.PARAGRAPH, 0, "2", after), TrackedChange.between(before, after));
        return new ReportContent("Gemeente Voorbeeldstad", "Speelruimtebeleid", "Spelen", ConsultationKind.OPEN,
                Instant.parse("2026-10-01T08:00:00Z"), Instant.parse("2026-11-01T08:00:00Z"), "Wat we hoorden.", 1, 2,
                entries, 0, List.of(change), new ReportContent.HouseStyle(logo, logo == null ? null : "image/png",
                "#0b5394", "#1b1b1b"), ZoneId.of("Europe/Amsterdam"));
    }

    private static byte[] logo() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}
