package nl.rugzak.tenantadmin.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/** The EXIF orientation (1–8) of a JPEG; 1 (as stored) when it has none or its EXIF cannot be read. */
final class ExifOrientation {

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            byte[] data = exif.getFirst().data().readAllBytes();
            // After "Exif\0" comes one pad byte, then the TIFF header ("II" or "MM").
            int start = data.length > 0 && data[0] == 0 ? 1 : 0;
            try (ImageInputStream tiff = ImageIO.createImageInputStream(
                    new ByteArrayInputStream(data, start, data.length - start))) {
                Directory directory = new TIFFReader().read(tiff);
                Entry orientation = directory.getEntryById(TIFF.TAG_ORIENTATION);
                if (orientation != null && orientation.getValue() instanceof Number number) {
                    return number.intValue();
                }
                return 1;
            }
        } catch (IOException | RuntimeException e) {
            // A damaged EXIF block says nothing trustworthy about orientation; the pixels are judged on their own.
            return 1;
        }
    }
}
