package nl.rugzak.tenantadmin.media.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * What every upload field in Rugzak has in common, in one place: one file at a time, the size limit, all of the
 * field's own words (button, drop hint, progress, refusals) from the {@code media} bundle in the visitor's language,
 * and an empty file list after each upload, accepted or refused. Without that last step a refused file stays in the
 * list and the browser refuses the next one as "Too Many Files." until the page is reloaded.
 */
public final class Uploads {

    private Uploads() {
    }

    /** Sets limit, words and clean-up on an upload whose handler reads at most {@code maxBytes} itself. */
    public static <U extends Upload> U prepare(U upload, long maxBytes) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setI18n(texts(upload, maxBytes));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        return upload;
    }

    /** The upload field's own words in the visitor's language, with the limit in the "too big" message. */
    public static UploadI18N texts(Upload upload, long maxBytes) {
        String add = upload.getTranslation("media.upload.add");
        String drop = upload.getTranslation("media.upload.drop");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("media.upload.too-many-files"))
                        .setFileIsTooBig(upload.getTranslation("media.upload.too-large", size(maxBytes)))
                        .setIncorrectFileType(upload.getTranslation("media.upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("media.upload.connecting"))
                                .setStalled(upload.getTranslation("media.upload.stalled"))
                                .setProcessing(upload.getTranslation("media.upload.processing"))
                                .setHeld(upload.getTranslation("media.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("media.upload.remaining"))
                                .setUnknown(upload.getTranslation("media.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("media.upload.server-unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("media.upload.server-error"))
                                .setForbidden(upload.getTranslation("media.upload.forbidden"))
                                .setFileTooLarge(upload.getTranslation("media.upload.too-large", size(maxBytes)))))
                .setFile(new UploadI18N.File()
                        .setRetry(upload.getTranslation("media.upload.retry"))
                        .setStart(upload.getTranslation("media.upload.start"))
                        .setRemove(upload.getTranslation("media.upload.remove")))
                .setUnits(List.of(upload.getTranslation("media.upload.units").split(",")));
    }

    /** A limit as people read it: "5 MB", "256 kB". */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
        }
        return Math.max(1, bytes / 1024) + " kB";
    }
}
