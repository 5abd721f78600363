package nl.rugzak.platform.participation.consultations.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import nl.rugzak.platform.participation.consultations.BlockChange;
import nl.rugzak.platform.participation.consultations.ReportContent;
import nl.rugzak.platform.participation.consultations.TrackedChange;
import nl.rugzak.tenantadmin.text.Texts;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The response report as an accessible PDF: tagged (PDF/UA, with headings, reading order and alt texts), language
 * Dutch, PDF/A-2u for archiving, the font embedded. openhtmltopdf needs a TrueType font for that; the themes' fonts are
 * WOFF2 only, so it embeds Liberation Sans, which PDFBox ships (regular weight only: headings differ by size and
 * colour, not weight).
 */
public final class ReportPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FAMILY = "Rapport Sans";
    /** Read once per JVM; every report parses it from memory, because a parsed font is not safe to share between threads. */
    private static final byte[] FONT_BYTES = fontBytes();

    private ReportPdf() {
    }

    public static byte[] render(ReportContent report) {
        String html = html(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            // One embedded font for every weight and style: the report has a single TrueType file.
            PDFontSupplier font = new PDFontSupplier(font(document));
            builder.useFont(font, FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(font, FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(font, FAMILY, 400, FontStyle.ITALIC, true);
            builder.withProducer("Rugzak");
            builder.withHtmlContent(html, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The font without glyph substitution: PDFBox 3 otherwise runs its GSUB engine (ligatures) on every piece of
     * text it writes, compiling regular expressions each time; that took about two thirds of the time of a report with
     * 2,000 reactions. Dutch text needs no substitution to be read correctly.
     */
    private static PDType0Font font(PDDocument document) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES));
        ttf.setEnableGsub(false);
        return PDType0Font.load(document, ttf, true);
    }

    private static byte[] fontBytes() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(ReportContent report) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).withZone(report.zone());
        var style = report.style();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"nl\" xml:lang=\"nl\"><head><meta charset=\"utf-8\"/>")
                .append("<title>").append(esc(t("consultations.report.title", report.title()))).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(esc(report.title())).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(esc(report.municipality())).append("\"/>")
                .append("<style>")
                .append("@page { size: A4; margin: 22mm 20mm; }")
                .append("body { font-family: '").append(FAMILY).append("'; font-size: 10.5pt; line-height: 1.45; color: ")
                .append(style.text()).append("; }")
                .append("h1 { font-size: 22pt; color: ").append(style.primary()).append("; margin: 0 0 6pt 0; }")
                .append("h2 { font-size: 15pt; color: ").append(style.primary()).append("; margin: 18pt 0 6pt 0; border-bottom: 1pt solid ")
                .append(style.primary()).append("; }")
                .append("h3 { font-size: 12pt; margin: 12pt 0 4pt 0; }")
                .append(".meta { margin: 0 0 12pt 0; }")
                .append(".reaction { margin: 0 0 10pt 0; padding: 6pt; border-left: 3pt solid ").append(style.primary()).append("; }")
                .append("del { text-decoration: line-through; color: #8a1c1c; } ins { text-decoration: underline; color: #1b5e20; }")
                .append("table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #777777; padding: 3pt; text-align: left; }")
                .append("</style></head><body>");
        if (style.logo() != null) {
            h.append("<img style=\"max-height: 18mm; max-width: 60mm;\" alt=\"")
                    .append(esc(t("consultations.report.logo-alt", report.municipality()))).append("\" src=\"data:")
                    .append(style.logoType()).append(";base64,").append(Base64.getEncoder().encodeToString(style.logo()))
                    .append("\"/>");
        }
        h.append("<h1>").append(esc(t("consultations.report.title", report.title()))).append("</h1>");
        h.append("<p class=\"meta\">").append(esc(report.municipality()));
        if (!report.topic().isEmpty()) {
            h.append(" · ").append(esc(t("consultations.report.topic", report.topic())));
        }
        h.append("<br/>").append(esc(t("consultations.report.period", day.format(report.opensAt()), day.format(report.closesAt()))))
                .append("<br/>").append(esc(t(report.kind().key()))).append("</p>");

        h.append("<h2>").append(esc(t("consultations.report.summary"))).append("</h2>");
        for (String paragraph : report.summary().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                h.append("<p>").append(esc(paragraph.strip())).append("</p>");
            }
        }
        h.append("<table><caption>").append(esc(t("consultations.report.counts"))).append("</caption><thead><tr><th scope=\"col\">")
                .append(esc(t("consultations.report.outcome"))).append("</th><th scope=\"col\">")
                .append(esc(t("consultations.report.count"))).append("</th></tr></thead><tbody>");
        for (var outcome : nl.rugzak.platform.participation.consultations.Outcome.values()) {
            h.append("<tr><td>").append(esc(t(outcome.key()))).append("</td><td>").append(report.count(outcome)).append("</td></tr>");
        }
        h.append("<tr><td>").append(esc(t("consultations.report.total"))).append("</td><td>").append(report.entries().size())
                .append("</td></tr></tbody></table>");
        if (report.leftOutByModeration() > 0) {
            h.append("<p>").append(esc(t("consultations.report.left-out", report.leftOutByModeration()))).append("</p>");
        }
        h.append("<p>").append(esc(t("consultations.report.privacy"))).append("</p>");

        h.append("<h2>").append(esc(t("consultations.report.reactions"))).append("</h2>");
        // The labels ("Antwoord:") are plain text, not spans: every inline element becomes a box and a structure element
        // of its own, which for 2,000 reactions cost about a third of the time and memory of the whole report.
        for (ReportContent.Entry entry : report.entries()) {
            h.append("<div class=\"reaction\"><h3>").append(esc(t("consultations.report.reaction", entry.number())));
            h.append(entry.paragraph() == null ? " · " + esc(t("consultations.report.whole-document"))
                    : " · " + esc(t("consultations.report.paragraph", entry.paragraph())));
            h.append("</h3>");
            if (entry.theme() != null) {
                h.append("<p>").append(esc(t("consultations.report.theme"))).append(": ")
                        .append(esc(entry.theme())).append("</p>");
            }
            h.append("<p>").append(esc(t("consultations.report.reaction-text"))).append(": ")
                    .append(esc(entry.body())).append("</p>");
            if (entry.proposedText() != null) {
                h.append("<p>").append(esc(t("consultations.report.proposal"))).append(": ")
                        .append(esc(entry.proposedText())).append("</p>");
            }
            h.append("<p>").append(esc(t("consultations.report.answer"))).append(": ")
                    .append(esc(entry.answer() == null ? t("consultations.report.no-answer-yet") : entry.answer())).append("</p>");
            h.append("<p>").append(esc(t("consultations.report.outcome"))).append(": ")
                    .append(esc(entry.outcome() == null ? "-" : t(entry.outcome().key())));
            if (entry.changedParagraph() != null) {
                h.append(" (").append(esc(t("consultations.report.changed-paragraph", entry.changedParagraph()))).append(")");
            }
            h.append("</p></div>");
        }
        if (report.entries().isEmpty()) {
            h.append("<p>").append(esc(t("consultations.report.no-reactions"))).append("</p>");
        }

        h.append("<h2>").append(esc(t("consultations.report.changes", report.fromVersion(), report.toVersion()))).append("</h2>");
        if (report.changes().isEmpty()) {
            h.append("<p>").append(esc(t("consultations.report.no-changes"))).append("</p>");
        }
        for (BlockChange change : report.changes()) {
            String number = change.after() != null ? change.after().number() : change.before().number();
            h.append("<h3>").append(esc(t("consultations.report.change." + change.kind().name().toLowerCase(Locale.ROOT), number)))
                    .append("</h3><p>");
            for (TrackedChange.Part part : change.parts()) {
                switch (part.change()) {
                    case SAME -> h.append(esc(part.text()));
                    case DELETED -> h.append("<del>").append(esc(part.text())).append("</del>");
                    case INSERTED -> h.append("<ins>").append(esc(part.text())).append("</ins>");
                }
            }
            h.append("</p>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static String t(String key, Object... args) {
        return Texts.dutch(key, args);
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 refuses most control characters; they carry no meaning in a report.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
