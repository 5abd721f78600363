package nl.rugzak.platform.content;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import nl.rugzak.tenantadmin.media.SafeImages;
import nl.rugzak.tenantadmin.text.UserFacingException;

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

    /** An attachment as it is stored: its content type and bytes. */
    public record Attachment(String contentType, byte[] bytes) {
    }

    /**
     * A PDF as it came, or an image re-encoded by {@link SafeImages} (which drops what a crafted file may carry);
     * empty for anything else, which the caller refuses in its own words.
     */
    public static Optional<Attachment> pdfOrImage(byte[] bytes, SafeImages images, long maxBytes) {
        if (isPdf(bytes)) {
            return Optional.of(new Attachment("application/pdf", bytes));
        }
        try {
            var image = images.raster(bytes, maxBytes);
            return Optional.of(new Attachment(image.contentType(), image.bytes()));
        } catch (UserFacingException notAnImage) {
            return Optional.empty();
        }
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
