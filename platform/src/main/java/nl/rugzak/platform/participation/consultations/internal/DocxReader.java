package nl.rugzak.platform.participation.consultations.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads an uploaded Word document (.docx) into the Markdown the rest of the module works with: headings, paragraphs,
 * lists and tables are kept; images and comments are left out, and the reader says how many. Refuses what it will
 * not open: an old binary .doc, a password-protected file, a file with macros, one that pulls content from outside
 * (external relationships other than plain hyperlinks: remote templates, linked images or objects), and anything
 * POI cannot read. The caller limits the size before the bytes get here.
 */
public final class DocxReader {

    private static final String HYPERLINK =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|kop)\\s*(\\d)");

    /** Why a file was refused; the key ending under {@code consultations.upload.}. */
    public static final class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason, Throwable cause) {
            super(reason, cause);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** The document as Markdown, and what was left out. */
    public record Read(String markdown, int imagesLeftOut, int commentsLeftOut) {
    }

    private DocxReader() {
    }

    public static Read read(byte[] bytes) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            throw new Refused("corrupt", e);
        }
        if (magic == FileMagic.OLE2) {
            throw new Refused(encrypted(bytes) ? "encrypted" : "old-format", null);
        }
        if (magic != FileMagic.OOXML) {
            throw new Refused("corrupt", null);
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            refuseActiveContent(pkg);
            try (XWPFDocument document = new XWPFDocument(pkg)) {
                return convert(document);
            }
        } catch (Refused refused) {
            throw refused;
        } catch (EncryptedDocumentException e) {
            throw new Refused("encrypted", e);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // POI reports broken zips, bad XML and zip bombs alike as exceptions: to the uploader they are all unreadable.
            throw new Refused("corrupt", e);
        }
    }

    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
                    || fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            throw new Refused("corrupt", e);
        }
    }

    private static void refuseActiveContent(OPCPackage pkg) throws InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
            if (part.getContentType().toLowerCase(Locale.ROOT).contains("macroenabled")
                    || name.endsWith("vbaproject.bin") || name.contains("/vbadata")) {
                throw new Refused("macros", null);
            }
        }
        for (PackageRelationship relation : pkg.getRelationships()) {
            refuseExternal(relation);
        }
        for (PackagePart part : pkg.getParts()) {
            if (part.isRelationshipPart()) {
                continue;
            }
            for (PackageRelationship relation : part.getRelationships()) {
                refuseExternal(relation);
            }
        }
    }

    private static void refuseExternal(PackageRelationship relation) {
        if (relation.getTargetMode() == TargetMode.EXTERNAL && !HYPERLINK.equals(relation.getRelationshipType())) {
            throw new Refused("external", null);
        }
    }

    private static Read convert(XWPFDocument document) {
        List<String> blocks = new ArrayList<>();
        List<String> list = new ArrayList<>();
        int images = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                for (XWPFRun run : paragraph.getRuns()) {
                    images += run.getEmbeddedPictures().size();
                }
                String text = MarkdownBlocks.oneLine(paragraph.getText());
                if (paragraph.getNumID() != null && !text.isEmpty()) {
                    String marker = "decimal".equals(paragraph.getNumFmt()) ? (list.size() + 1) + ". " : "- ";
                    list.add(marker + text);
                    continue;
                }
                MarkdownBlocks.flushList(list, blocks);
                if (text.isEmpty()) {
                    continue;
                }
                int level = headingLevel(document, paragraph);
                blocks.add(level > 0 ? "#".repeat(level) + " " + text : MarkdownBlocks.escaped(text));
            } else if (element instanceof XWPFTable table) {
                MarkdownBlocks.flushList(list, blocks);
                String markdown = table(table);
                if (!markdown.isEmpty()) {
                    blocks.add(markdown);
                }
            }
        }
        MarkdownBlocks.flushList(list, blocks);
        var comments = document.getComments();
        return new Read(String.join("\n\n", blocks), images, comments == null ? 0 : comments.length);
    }

    private static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return 0;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        String name = (style != null && style.getName() != null ? style.getName() : styleId).toLowerCase(Locale.ROOT);
        if (name.equals("title") || name.equals("titel")) {
            return 1;
        }
        Matcher matcher = HEADING_STYLE.matcher(name);
        if (!matcher.find()) {
            matcher = HEADING_STYLE.matcher(styleId.toLowerCase(Locale.ROOT));
            if (!matcher.find()) {
                return 0;
            }
        }
        return Math.min(6, Math.max(1, Integer.parseInt(matcher.group(1))));
    }

    private static String table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText());
            }
            rows.add(cells);
        }
        return MarkdownBlocks.table(rows);
    }
}
