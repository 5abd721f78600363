package nl.rugzak.platform.content;

import java.nio.charset.StandardCharsets;

/** What every upload of a PDF (a reaction's appendix, a knowledge item's file) is checked and named by. */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** A PDF starts with its header and ends with its trailer; a renamed other file rarely has both. */
    public static boolean isPdf(byte[] bytes) {
        if (bytes.length < 8 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return false;
        }
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /** A file name safe to store and to send back in Content-Disposition: no paths, quotes or control characters. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "bijlage" : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty()) {
            name = "bijlage";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
