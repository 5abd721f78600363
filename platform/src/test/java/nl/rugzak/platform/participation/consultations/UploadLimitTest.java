package nl.rugzak.platform.participation.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** A 200-MB upload is refused after reading just past the limit: it is never held in memory. */
class UploadLimitTest {

    @Test
    void aTwoHundredMegabyteFileIsRefusedWithoutBeingRead() {
        CountingZeros upload = new CountingZeros(200L * 1024 * 1024);

        assertThatThrownBy(() -> Consultations.readAtMost(upload, Consultations.MAX_UPLOAD_BYTES))
                .isInstanceOfSatisfying(InvalidConsultationException.class,
                        e -> assertThat(e.problems().get("file")).isEqualTo("Het bestand is te groot. Het mag hoogstens 10 MB zijn."));
        assertThat(upload.read).isLessThanOrEqualTo(Consultations.MAX_UPLOAD_BYTES + 1);
        assertThat(upload.closed).isTrue();
    }

    @Test
    void aFileAtTheLimitIsRead() {
        assertThat(Consultations.readAtMost(new CountingZeros(1000), 1000)).hasSize(1000);
    }

    /** A stream of zeros that counts what was taken from it, as a 200-MB upload would arrive. */
    static final class CountingZeros extends InputStream {
        private final long size;
        long read;
        boolean closed;

        CountingZeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            read += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
