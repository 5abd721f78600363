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
