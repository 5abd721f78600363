package nl.rugzak.tenantadmin.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class SafeImagesTest {

    private static final long LIMIT = 1024 * 1024;
    private final SafeImages images = new SafeImages();

    @Test
    void aMaliciousSvgIsSanitised() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="40" onload="alert(1)">
                  <script>alert('xss')</script>
                  <style>@import url(https://evil.example/x.css);</style>
                  <foreignObject width="10" height="10"><iframe src="https://evil.example"></iframe></foreignObject>
                  <a href="javascript:alert(1)"><rect width="10" height="10"/></a>
                  <image href="https://evil.example/tracker.png" width="1" height="1"/>
                  <use xlink:href="https://evil.example/sprite.svg#icon"/>
                  <use href="#shape"/>
                  <rect id="shape" width="100" height="30" fill="#1d4f91" onclick="steal()" style="background:url(https://evil.example)"/>
                  <path d="M0 0 L10 10" fill="url(https://evil.example/p)" stroke="url(#grad)"/>
                </svg>""";
        SafeImage clean = images.rasterOrSvg(svg.getBytes(StandardCharsets.UTF_8), LIMIT);
        String out = new String(clean.bytes(), StandardCharsets.UTF_8);
        assertThat(clean.contentType()).isEqualTo("image/svg+xml");
        assertThat(clean.width()).isEqualTo(120);
        assertThat(out.toLowerCase())
                .doesNotContain("<script").doesNotContain("alert").doesNotContain("onload").doesNotContain("onclick")
                .doesNotContain("evil.example").doesNotContain("foreignobject").doesNotContain("<style")
                .doesNotContain("javascript:").doesNotContain("iframe");
        assertThat(out).contains("<rect id=\"shape\"").contains("fill=\"#1d4f91\"").contains("href=\"#shape\"")
                .contains("stroke=\"url(#grad)\"");
    }

    @Test
    void svgWithEntitiesIsRefusedAndSvgIsNotAcceptedWhereOnlyRasterIs() {
        String entities = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>";
        assertThatThrownBy(() -> images.rasterOrSvg(entities.getBytes(StandardCharsets.UTF_8), LIMIT))
                .isInstanceOf(UnsafeImageException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> images.raster("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), LIMIT))
                .isInstanceOf(UnsafeImageException.class).hasMessageContaining("PNG-, JPEG- of GIF-bestand");
    }

    @Test
    void aPngWithExifComesBackWithoutIt() throws IOException {
        byte[] png = withChunk(png(40, 20), "eXIf", "Exif\0\0GPS 52.0907 5.1214 geheim".getBytes(StandardCharsets.ISO_8859_1));
        png = withChunk(png, "tEXt", "Comment\0geheim-commentaar".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains("geheim");

        SafeImage clean = images.raster(png, LIMIT);
        String out = new String(clean.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(clean.contentType()).isEqualTo("image/png");
        assertThat(clean.width()).isEqualTo(40);
        assertThat(clean.height()).isEqualTo(20);
        assertThat(out).doesNotContain("geheim").doesNotContain("eXIf").doesNotContain("tEXt");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(clean.bytes())).getRGB(3, 3)).isEqualTo(0xFF1D4F91);
    }

    @Test
    void aJpegWithExifComesBackWithoutIt() throws IOException {
        BufferedImage image = new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        byte[] jpeg = out.toByteArray();
        byte[] exif = "Exif\0\0GPS geheime plek".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer withExif = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        withExif.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif)
                .put(jpeg, 2, jpeg.length - 2);
        SafeImage clean = images.raster(withExif.array(), LIMIT);
        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(new String(clean.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("geheime").doesNotContain("Exif");
    }

    @Test
    void contentDecidesNotTheNameAndSizeIsLimited() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> images.rasterOrSvg(html, LIMIT)).isInstanceOf(UnsafeImageException.class)
                .hasMessageContaining("geen afbeelding");
        byte[] fakePng = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        assertThatThrownBy(() -> images.raster(fakePng, LIMIT)).isInstanceOf(UnsafeImageException.class)
                .hasMessageContaining("beschadigd");
        assertThatThrownBy(() -> images.raster(new byte[2000], 1000)).isInstanceOf(UnsafeImageException.class)
                .hasMessageContaining("te groot");
    }

    /**
     * A 6000 × 6000 photo would cost about 150 MB of heap decoded whole; it is read with subsampling (every second
     * pixel), so at most a quarter of that is ever decoded, and a smaller variant is stored.
     */
    @Test
    void aHugePngIsDecodedSubsampledAndStoredSmaller() throws IOException {
        byte[] huge = streamedPng(6000, 6000);
        assertThat(huge.length).isLessThan(2 * 1024 * 1024);

        SafeImages.Decoded decoded = SafeImages.decode(huge);
        assertThat(decoded.image().getWidth()).isEqualTo(3000);
        assertThat(decoded.image().getHeight()).isEqualTo(3000);
        assertThat(decoded.sourceWidth()).isEqualTo(6000);

        SafeImage stored = images.raster(huge, 5 * 1024 * 1024);
        assertThat(stored.width()).isEqualTo(SafeImages.MAX_SIDE);
        assertThat(stored.height()).isEqualTo(SafeImages.MAX_SIDE);
        BufferedImage back = ImageIO.read(new java.io.ByteArrayInputStream(stored.bytes()));
        assertThat(back.getWidth()).isEqualTo(SafeImages.MAX_SIDE);
    }

    @Test
    void absurdDimensionsAreRefusedFromTheHeaderAlone() throws IOException {
        // A header that claims 100000 × 10 pixels: refused before a single row is decoded.
        byte[] wide = streamedPngHeaderOnly(100_000, 10);
        assertThatThrownBy(() -> images.raster(wide, LIMIT)).isInstanceOf(UnsafeImageException.class)
                .hasMessageContaining("te groot");
    }

    @Test
    void aCmykJpegIsAccepted() throws IOException {
        SafeImage clean = images.raster(cmykJpeg(64, 48), LIMIT);
        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(clean.width()).isEqualTo(64);
        assertThat(clean.height()).isEqualTo(48);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(clean.bytes()))).isNotNull();
    }

    /** A phone photo taken upright is stored sideways with an EXIF note "turn me"; the stored pixels are turned. */
    @Test
    void theExifOrientationIsAppliedToThePixelsAndTheExifIsGone() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                image.setRGB(x, y, x < 20 ? 0xD00000 : 0x0000D0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        byte[] rotated = withExifOrientation(out.toByteArray(), 6);

        SafeImage clean = images.raster(rotated, LIMIT);
        assertThat(clean.width()).isEqualTo(20);
        assertThat(clean.height()).isEqualTo(40);
        BufferedImage back = ImageIO.read(new java.io.ByteArrayInputStream(clean.bytes()));
        // Orientation 6: turned 90° clockwise, so what was on the left is now on top.
        assertThat(new java.awt.Color(back.getRGB(10, 5)).getRed()).isGreaterThan(150);
        assertThat(new java.awt.Color(back.getRGB(10, 35)).getBlue()).isGreaterThan(150);
        assertThat(new String(clean.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    /** A PNG written row by row, so the test itself never holds the whole picture in memory. */
    static byte[] streamedPng(int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (var deflate = new java.util.zip.DeflaterOutputStream(idat)) {
            byte[] row = new byte[1 + width * 3];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    row[1 + x * 3] = (byte) (x * 255 / width);
                    row[2 + x * 3] = (byte) (y * 255 / height);
                    row[3 + x * 3] = (byte) 0x91;
                }
                deflate.write(row);
            }
        }
        return pngOf(width, height, idat.toByteArray());
    }

    static byte[] streamedPngHeaderOnly(int width, int height) {
        return pngOf(width, height, new byte[] {0x78, (byte) 0x9C, 3, 0, 0, 0, 0, 1});
    }

    private static byte[] pngOf(int width, int height, byte[] idat) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        png.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        png.writeBytes(chunk("IDAT", idat));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** A four-channel (CMYK) JPEG as print workflows export them; the JDK's own reader cannot read it. */
    static byte[] cmykJpeg(int width, int height) throws IOException {
        var raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                raster.setPixel(x, y, new int[] {200, 80, 0, 20});
            }
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Inserts an APP1 EXIF segment (big-endian TIFF, one IFD entry: Orientation) right after SOI. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4);
        tiff.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1))
                .put(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8})
                .putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = tiff.array();
        ByteBuffer result = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        result.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif)
                .put(jpeg, 2, jpeg.length - 2);
        return result.array();
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, 0x1D4F91);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Inserts a chunk right after IHDR (8-byte signature + 25-byte IHDR chunk). */
    static byte[] withChunk(byte[] png, String type, byte[] data) {
        int at = 8 + 25;
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        ByteBuffer result = ByteBuffer.allocate(png.length + chunk.capacity());
        result.put(png, 0, at).put(chunk.array()).put(png, at, png.length - at);
        return result.array();
    }
}
