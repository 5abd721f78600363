package nl.rugzak.tenantadmin.media.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload field for one file of at most {@code maxBytes}, read into memory only up to that limit: Vaadin refuses a
 * request whose declared length is larger before reading it ({@link UploadHandler#getRequestSizeMax()}), and a body
 * without a declared length is cut off one byte after the limit. The callbacks run with the session locked, in the
 * upload's own request (tenant and login included), like Vaadin's own in-memory handler.
 * See {@link Uploads} for the words and the clean-up after each file.
 */
public class SingleFileUpload extends Upload {

    /** Room for a multipart envelope around the file (boundaries, part headers). */
    private static final long ENVELOPE_BYTES = 64 * 1024;

    /**
     * @param received gets the file name and its bytes
     * @param refused  gets the message (visitor's language) for a file over the limit
     */
    public SingleFileUpload(long maxBytes, SerializableBiConsumer<String, byte[]> received,
                            SerializableConsumer<String> refused) {
        setUploadHandler(new Bounded(maxBytes, received, () -> refused.accept(
                getTranslation("media.upload.too-large", Uploads.size(maxBytes)))));
        Uploads.prepare(this, maxBytes);
    }

    private record Bounded(long maxBytes, SerializableBiConsumer<String, byte[]> received,
                           com.vaadin.flow.function.SerializableRunnable tooLarge) implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String name = event.getFileName();
            if (event.getFileSize() > maxBytes) {
                ui.access(tooLarge::run);
                return;
            }
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                ui.access(tooLarge::run);
                return;
            }
            ui.access(() -> received.accept(name, bytes));
        }

        @Override
        public long getRequestSizeMax() {
            return maxBytes + ENVELOPE_BYTES;
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }
}
