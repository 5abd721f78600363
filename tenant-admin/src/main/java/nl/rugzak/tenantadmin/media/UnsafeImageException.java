package nl.rugzak.tenantadmin.media;

/** An upload that is refused; the message is Dutch and tells the person what to upload instead. */
public class UnsafeImageException extends RuntimeException {

    public UnsafeImageException(String dutchMessage) {
        super(dutchMessage);
    }
}
