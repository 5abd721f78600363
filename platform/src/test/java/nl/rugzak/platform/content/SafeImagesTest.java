package nl.rugzak.platform.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Uploads are judged by what they are, not what they are called, and leave nothing but pixels behind. */
class SafeImagesTest {

    private final SafeImages images = new SafeImages();

    @Test
    void aPhotoLosesItsExifAndGpsAndStaysAPhoto() throws IOException {
        byte[] jpeg = withExif(image("jpeg", 40, 30), "GPS 52.3731 4.8922 serial CAM-123456");
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).contains("CAM-123456");

        SafeImages.CleanImage clean = images.clean(jpeg);

        assertThat(clean.mediaType()).isEqualTo("image/jpeg");
        assertThat(clean.width()).isEqualTo(40);
        assertThat(clean.height()).isEqualTo(30);
        assertThat(new String(clean.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("CAM-123456", "52.3731", "Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.bytes()))).isNotNull();
    }

    @Test
    void pngAndGifBecomePng() throws IOException {
        assertThat(images.clean(image("png", 10, 10)).mediaType()).isEqualTo("image/png");
        assertThat(images.clean(image("gif", 10, 10)).mediaType()).isEqualTo("image/png");
    }

    @Test
    void whatIsNotAnImageIsRefusedWhateverItIsCalled() {
        for (String notAnImage : new String[] {
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "<html><script>alert(1)</script></html>",
                "%PDF-1.7 ...",
        }) {
            assertThatThrownBy(() -> images.clean(notAnImage.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessage("Dit bestand is geen afbeelding. Kies een JPEG-, PNG- of GIF-bestand.");
        }
        assertThatThrownBy(() -> images.clean(new byte[0])).hasMessage("Het bestand is leeg.");
    }

    @Test
    void tooManyBytesOrPixelsIsRefusedBeforeDecoding() throws IOException {
        assertThatThrownBy(() -> images.clean(new byte[SafeImages.MAX_BYTES + 1]))
                .hasMessageStartingWith("De afbeelding is te groot: hoogstens 5 MB");
        // A tiny file that claims 100000 × 100000 pixels (a decompression bomb) is refused on its header alone.
        byte[] png = image("png", 1, 1);
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, 100_000);
        header.putInt(20, 100_000);
        assertThatThrownBy(() -> images.clean(png))
                .hasMessage("De afbeelding is te groot: hoogstens 8000 × 8000 pixels (nu 100000 × 100000).");
    }

    @Test
    void aBrokenImageIsRefusedPolitely() throws IOException {
        byte[] jpeg = image("jpeg", 50, 50);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
        assertThatThrownBy(() -> images.clean(truncated))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("Deze afbeelding is beschadigd of kan niet worden gelezen.");
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    /** Puts an APP1 "Exif" segment right after the JPEG's start marker, as cameras do. */
    private static byte[] withExif(byte[] jpeg, String secret) {
        byte[] payload = ("Exif\0\0" + secret).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
