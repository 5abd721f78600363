package nl.rugzak.platform.knowledge.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.knowledge.Knowledge;

/** A download link for an article's file; the file is read in the download's own request, with its checks. */
final class Attachments {

    private Attachments() {
    }

    static Anchor link(Knowledge knowledge, Knowledge.AttachmentInfo info) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            Knowledge.Attachment file = knowledge.attachment(info.id()).orElseThrow(() -> new NotFoundException("bijlage"));
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(),
                    file.bytes().length);
        }), info.fileName());
        return anchor;
    }
}
