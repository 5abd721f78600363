package nl.rugzak.platform.participation.consultations.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.rugzak.platform.participation.consultations.BlockChange;
import nl.rugzak.platform.participation.consultations.Outcome;
import nl.rugzak.platform.participation.consultations.ReportContent;
import nl.rugzak.platform.participation.consultations.TrackedChange;
import nl.rugzak.tenantadmin.text.Texts;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The response report as a Word document, for municipalities that edit or file it further: real heading styles
 * (so Word's navigation and screen readers see the structure), the language set to Dutch, the logo with its alt text.
 */
public final class ReportDocx {

    private ReportDocx() {
    }

    public static byte[] render(ReportContent report) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).withZone(report.zone());
        String colour = report.style().primary().substring(1);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            headingStyle(styles, 1, 36, colour);
            headingStyle(styles, 2, 28, colour);
            headingStyle(styles, 3, 24, null);
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(t("consultations.report.title", report.title()));
            core.setCreator(report.municipality());
            core.getUnderlyingProperties().setLanguageProperty("nl-NL");

            if (report.style().logo() != null) {
                XWPFRun run = doc.createParagraph().createRun();
                int type = report.style().logoType().contains("png") ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
                run.addPicture(new ByteArrayInputStream(report.style().logo()), type, "logo", Units.toEMU(150), Units.toEMU(50));
                run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr()
                        .setDescr(t("consultations.report.logo-alt", report.municipality()));
            }
            heading(doc, 1, t("consultations.report.title", report.title()));
            text(doc, report.municipality() + (report.topic().isEmpty() ? "" : " · " + t("consultations.report.topic", report.topic())));
            text(doc, t("consultations.report.period", day.format(report.opensAt()), day.format(report.closesAt())));
            text(doc, t(report.kind().key()));

            heading(doc, 2, t("consultations.report.summary"));
            for (String paragraph : report.summary().split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    text(doc, paragraph.strip());
                }
            }
            XWPFTable table = doc.createTable(Outcome.values().length + 2, 2);
            table.getRow(0).getCell(0).setText(t("consultations.report.outcome"));
            table.getRow(0).getCell(1).setText(t("consultations.report.count"));
            table.getRow(0).setRepeatHeader(true);
            int row = 1;
            for (Outcome outcome : Outcome.values()) {
                table.getRow(row).getCell(0).setText(t(outcome.key()));
                table.getRow(row++).getCell(1).setText(String.valueOf(report.count(outcome)));
            }
            table.getRow(row).getCell(0).setText(t("consultations.report.total"));
            table.getRow(row).getCell(1).setText(String.valueOf(report.entries().size()));
            if (report.leftOutByModeration() > 0) {
                text(doc, t("consultations.report.left-out", report.leftOutByModeration()));
            }
            text(doc, t("consultations.report.privacy"));

            heading(doc, 2, t("consultations.report.reactions"));
            for (ReportContent.Entry entry : report.entries()) {
                heading(doc, 3, t("consultations.report.reaction", entry.number()) + " · " + (entry.paragraph() == null
                        ? t("consultations.report.whole-document") : t("consultations.report.paragraph", entry.paragraph())));
                if (entry.theme() != null) {
                    labelled(doc, t("consultations.report.theme"), entry.theme());
                }
                labelled(doc, t("consultations.report.reaction-text"), entry.body());
                if (entry.proposedText() != null) {
                    labelled(doc, t("consultations.report.proposal"), entry.proposedText());
                }
                labelled(doc, t("consultations.report.answer"),
                        entry.answer() == null ? t("consultations.report.no-answer-yet") : entry.answer());
                labelled(doc, t("consultations.report.outcome"), (entry.outcome() == null ? "-" : t(entry.outcome().key()))
                        + (entry.changedParagraph() == null ? ""
                        : " (" + t("consultations.report.changed-paragraph", entry.changedParagraph()) + ")"));
            }
            if (report.entries().isEmpty()) {
                text(doc, t("consultations.report.no-reactions"));
            }

            heading(doc, 2, t("consultations.report.changes", report.fromVersion(), report.toVersion()));
            if (report.changes().isEmpty()) {
                text(doc, t("consultations.report.no-changes"));
            }
            for (BlockChange change : report.changes()) {
                String number = change.after() != null ? change.after().number() : change.before().number();
                heading(doc, 3, t("consultations.report.change." + change.kind().name().toLowerCase(Locale.ROOT), number));
                XWPFParagraph paragraph = doc.createParagraph();
                for (TrackedChange.Part part : change.parts()) {
                    XWPFRun run = paragraph.createRun();
                    run.setText(part.text());
                    switch (part.change()) {
                        case DELETED -> {
                            run.setStrikeThrough(true);
                            run.setColor("8A1C1C");
                        }
                        case INSERTED -> {
                            run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                            run.setColor("1B5E20");
                        }
                        case SAME -> {
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("Could not write the response report", e);
        }
    }

    private static void headingStyle(XWPFStyles styles, int level, int halfPoints, String colour) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading " + level);
        style.addNewBasedOn().setVal("Normal");
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (colour != null) {
            run.addNewColor().setVal(colour);
        }
        styles.addStyle(new XWPFStyle(style));
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
    }

    private static void text(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void labelled(XWPFDocument doc, String label, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        XWPFRun head = paragraph.createRun();
        head.setBold(true);
        head.setText(label + ": ");
        paragraph.createRun().setText(text);
    }

    private static String t(String key, Object... args) {
        return Texts.dutch(key, args);
    }
}
