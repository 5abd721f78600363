package nl.rugzak.tenantadmin.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
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
import javax.imageio.ImageReadParam;
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
 * <li>PNG, JPEG and GIF are recognised by their magic bytes, decoded (after a check of their size in the header, so a
 * "decompression bomb" is refused before it is decoded; large images are decoded subsampled) and written anew
 * through ImageIO, at most {@link #MAX_SIDE} pixels on the longest side: PNG and GIF become PNG, JPEG stays JPEG.
 * Only pixels survive, so EXIF, GPS positions, comments and trailing data are gone; the EXIF orientation is applied
 * to the pixels first.</li>
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
    /** No side may be longer than this, whatever the pixel count (a 100000 × 10 banner is no photo). */
    public static final int MAX_DIMENSION = 12_000;
    /** The longest side of the stored variant; larger images are scaled down to it. */
    public static final int MAX_SIDE = 2000;

    static {
        // Spring Boot's nested jars are not on the class path ImageIO scanned at JVM start: pick up TwelveMonkeys'
        // JPEG reader (CMYK/YCCK, ICC profiles) from the application's class loader.
        ImageIO.scanForPlugins();
    }

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

    /** The image as decoded: possibly subsampled, with the size its header declared. */
    record Decoded(BufferedImage image, int sourceWidth, int sourceHeight) {
    }

    private static SafeImage reencode(byte[] upload, String type) {
        Decoded decoded = decode(upload);
        BufferedImage image = upright(decoded.image(), JPEG.equals(type) ? ExifOrientation.of(upload) : 1);
        image = fitted(image);
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

    /**
     * Reads the size from the header first and refuses absurd ones before any pixel is decoded; a large image is
     * then decoded with subsampling (every n-th pixel, n chosen so at most twice {@link #MAX_SIDE} remains), so a
     * 6000 × 6000 photo costs about a quarter of its full size in memory.
     */
    static Decoded decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnsafeImageException("media.image.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (width <= 0 || height <= 0 || width > MAX_DIMENSION || height > MAX_DIMENSION || pixels > MAX_PIXELS) {
                    throw new UnsafeImageException("media.image.too-many-pixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.ceil(Math.max(width, height) / (2.0 * MAX_SIDE)));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return new Decoded(reader.read(0, param), width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsafeImageException unsafe) {
                throw unsafe;
            }
            throw new UnsafeImageException("media.image.damaged");
        }
    }

    /** The stored variant: at most {@link #MAX_SIDE} on its longest side, scaled smoothly. */
    private static BufferedImage fitted(BufferedImage image) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= MAX_SIDE) {
            return image;
        }
        double scale = (double) MAX_SIDE / longest;
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage result = new BufferedImage(width, height,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    /**
     * Turns the pixels the way the camera's EXIF orientation says (1–8), because the EXIF itself is not stored:
     * without this a phone photo taken upright would be shown on its side.
     */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        // x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12 (arguments in the order m00, m10, m01, m11, m02, m12).
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage result = new BufferedImage(swap ? h : w, swap ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return result;
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
