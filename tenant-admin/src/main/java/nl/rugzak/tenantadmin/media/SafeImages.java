package nl.rugzak.tenantadmin.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.springframework.stereotype.Service;

/**
 * Checks uploaded images by their content, never by file name or the type a browser claims:
 * <ul>
 * <li>PNG, JPEG and GIF are recognised by their magic bytes, decoded (after a check of their pixel size, so a
 * "decompression bomb" is refused before it is decoded) and written anew through ImageIO: PNG and GIF become PNG,
 * JPEG stays JPEG. Only pixels survive, so EXIF, GPS positions, comments and trailing data are gone.</li>
 * <li>SVG (only where the caller allows it) is parsed as XML and rebuilt from an allowlist of shapes and
 * presentation attributes: no scripts, no event handlers, no foreignObject, no style elements, no references
 * outside the document. A file with a DOCTYPE or entities is refused.</li>
 * </ul>
 * Stateless and thread-safe. Refusals throw {@link UnsafeImageException} with a Dutch message.
 */
@Service
public class SafeImages {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String SVG = "image/svg+xml";
    /** Larger images are refused before decoding (about 40 megapixels). */
    public static final long MAX_PIXELS = 40_000_000L;

    private static final Set<String> SVG_ELEMENTS = Set.of("svg", "g", "path", "rect", "circle", "ellipse", "line",
            "polyline", "polygon", "text", "tspan", "title", "desc", "defs", "lineargradient", "radialgradient",
            "stop", "clippath", "mask", "use", "symbol");
    private static final Set<String> SVG_ATTRIBUTES = Set.of("xmlns", "viewbox", "width", "height", "x", "y",
            "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "fill", "fill-rule", "fill-opacity",
            "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-opacity", "stroke-dasharray",
            "stroke-miterlimit", "opacity", "transform", "id", "class", "offset", "stop-color", "stop-opacity",
            "gradientunits", "gradienttransform", "clip-path", "clip-rule", "mask", "font-family", "font-size",
            "font-weight", "text-anchor", "dominant-baseline", "preserveaspectratio", "role", "aria-label",
            "aria-hidden", "version", "href", "xlink:href", "xmlns:xlink", "fx", "fy", "spreadmethod", "dx", "dy",
            "letter-spacing", "maskunits", "clippathunits", "patternunits");
    /** Only references inside the same document, to an id. */
    private static final Pattern LOCAL_REFERENCE = Pattern.compile("#[A-Za-z][A-Za-z0-9_.:-]*");
    private static final Pattern URL_VALUE = Pattern.compile("url\\(\\s*['\"]?\\s*(?!#)", Pattern.CASE_INSENSITIVE);

    /**
     * A raster image (PNG, JPEG or GIF), re-encoded. Use this for photos and anything residents upload.
     *
     * @param maxBytes the largest upload accepted, e.g. {@code 5 * 1024 * 1024}
     */
    public SafeImage raster(byte[] upload, long maxBytes) {
        checkSize(upload, maxBytes);
        String type = sniff(upload);
        if (type == null) {
            throw new UnsafeImageException("media.image.not-a-raster-image");
        }
        return reencode(upload, type);
    }

    /** A raster image as {@link #raster}, or an SVG, sanitised. Use this for logos. */
    public SafeImage rasterOrSvg(byte[] upload, long maxBytes) {
        checkSize(upload, maxBytes);
        String type = sniff(upload);
        if (type != null) {
            return reencode(upload, type);
        }
        if (looksLikeSvg(upload)) {
            return sanitiseSvg(upload);
        }
        throw new UnsafeImageException("media.image.not-an-image");
    }

    private static void checkSize(byte[] upload, long maxBytes) {
        if (upload == null || upload.length == 0) {
            throw new UnsafeImageException("media.image.empty");
        }
        if (upload.length > maxBytes) {
            throw new UnsafeImageException("media.image.too-large",
                    megabytes(upload.length), megabytes(maxBytes));
        }
    }

    /** A size in megabytes with one decimal; the comma is Dutch, as in the messages' own language. */
    private static String megabytes(long bytes) {
        return String.format(Locale.forLanguageTag("nl"), "%.1f", bytes / 1_048_576.0);
    }

    /** The format by magic bytes: PNG, JPEG or GIF; null for anything else. */
    static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return PNG;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return "image/gif";
        }
        return null;
    }

    private static SafeImage reencode(byte[] upload, String type) {
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnsafeImageException("media.image.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS || pixels <= 0) {
                    throw new UnsafeImageException("media.image.too-many-pixels");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsafeImageException unsafe) {
                throw unsafe;
            }
            throw new UnsafeImageException("media.image.damaged");
        }
        boolean jpeg = JPEG.equals(type);
        BufferedImage clean = jpeg ? withoutAlpha(image) : image;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(clean, jpeg ? "jpeg" : "png", out)) {
                throw new UnsafeImageException("media.image.cannot-store");
            }
        } catch (IOException e) {
            throw new UnsafeImageException("media.image.cannot-store");
        }
        return new SafeImage(out.toByteArray(), jpeg ? JPEG : PNG, image.getWidth(), image.getHeight());
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static boolean looksLikeSvg(byte[] upload) {
        String start = new String(upload, 0, Math.min(upload.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return start.contains("<svg");
    }

    static SafeImage sanitiseSvg(byte[] upload) {
        String text = new String(upload, StandardCharsets.UTF_8);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("<!doctype") || lower.contains("<!entity")) {
            throw new UnsafeImageException("media.image.svg-doctype");
        }
        Document document = Jsoup.parse(text, "", Parser.xmlParser());
        Element svg = document.children().stream().filter(e -> e.normalName().equals("svg")).findFirst()
                .orElseThrow(() -> new UnsafeImageException("media.image.not-svg"));
        clean(svg);
        String result = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.outerHtml();
        return new SafeImage(result.getBytes(StandardCharsets.UTF_8), SVG, dimension(svg, "width"), dimension(svg, "height"));
    }

    private static void clean(Element element) {
        for (Attribute attribute : element.attributes().asList()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            boolean reference = name.equals("href") || name.equals("xlink:href");
            boolean keep = SVG_ATTRIBUTES.contains(name)
                    && (!reference || LOCAL_REFERENCE.matcher(value.strip()).matches())
                    && !URL_VALUE.matcher(value).find()
                    && !value.toLowerCase(Locale.ROOT).contains("javascript:")
                    && !value.toLowerCase(Locale.ROOT).contains("expression(");
            if (!keep) {
                element.removeAttr(attribute.getKey());
            }
        }
        for (Node child : new java.util.ArrayList<>(element.childNodes())) {
            if (child instanceof Element e) {
                if (SVG_ELEMENTS.contains(e.normalName().toLowerCase(Locale.ROOT))) {
                    clean(e);
                } else {
                    e.remove();
                }
            } else if (!(child instanceof org.jsoup.nodes.TextNode)) {
                // Comments, CDATA, processing instructions, declarations: none is needed to draw a logo.
                child.remove();
            }
        }
    }

    private static int dimension(Element svg, String attribute) {
        String value = svg.attr(attribute).replace("px", "").strip();
        try {
            return value.isEmpty() ? 0 : (int) Math.round(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
