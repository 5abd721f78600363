package nl.rugzak.platform.content;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Uploaded images made safe to store and show: recognised by their content (never by file name or the browser's
 * type), limited in bytes and in pixels (checked before decoding, against decompression bombs), and re-encoded
 * from the pixels alone, so no metadata survives (EXIF with GPS position and camera serial, comments, embedded
 * thumbnails) and nothing but an image reaches a browser. SVG is refused: it can carry script.
 */
@Component
public class SafeImages {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 8000;
    private static final long MAX_PIXELS = 40_000_000L;
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif");

    /** A re-encoded image: JPEG for photos, PNG for everything else (transparency kept). */
    public record CleanImage(byte[] bytes, String mediaType, int width, int height) {
    }

    /**
     * @throws ContentRejectedException not an image (JPEG, PNG or GIF), too large, or unreadable
     */
    public CleanImage clean(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new ContentRejectedException("Het bestand is leeg.");
        }
        if (upload.length > MAX_BYTES) {
            throw new ContentRejectedException(String.format(Locale.forLanguageTag("nl"),
                    "De afbeelding is te groot: hoogstens 5 MB (nu %.1f MB).", upload.length / 1024.0 / 1024.0));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = reader(input);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new ContentRejectedException("De afbeelding is te groot: hoogstens " + MAX_SIDE + " × "
                            + MAX_SIDE + " pixels (nu " + width + " × " + height + ").");
                }
                boolean photo = reader.getFormatName().equalsIgnoreCase("jpeg");
                BufferedImage pixels = reader.read(0);
                return photo ? encode(opaque(pixels), "jpeg", "image/jpeg") : encode(pixels, "png", "image/png");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ContentRejectedException rejected) {
                throw rejected;
            }
            throw new ContentRejectedException("Deze afbeelding is beschadigd of kan niet worden gelezen.");
        }
    }

    private static ImageReader reader(ImageInputStream input) {
        if (input != null) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                        return reader;
                    }
                } catch (IOException ignored) {
                    // try the next reader
                }
                reader.dispose();
            }
        }
        throw new ContentRejectedException("Dit bestand is geen afbeelding. Kies een JPEG-, PNG- of GIF-bestand.");
    }

    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        graphics.dispose();
        return rgb;
    }

    private static CleanImage encode(BufferedImage image, String format, String mediaType) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            // No metadata argument: the writer adds only what the format itself needs.
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return new CleanImage(bytes.toByteArray(), mediaType, image.getWidth(), image.getHeight());
    }
}
