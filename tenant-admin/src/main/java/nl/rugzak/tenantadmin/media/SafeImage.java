package nl.rugzak.tenantadmin.media;

/**
 * An image that passed {@link SafeImages}: re-encoded (raster) or sanitised (SVG) bytes, safe to serve with
 * {@link #contentType()}.
 */
public record SafeImage(byte[] bytes, String contentType, int width, int height) {

    public SafeImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean isSvg() {
        return SafeImages.SVG.equals(contentType);
    }

    /** The file extension that goes with the content type. */
    public String extension() {
        return switch (contentType) {
            case SafeImages.PNG -> "png";
            case SafeImages.JPEG -> "jpg";
            case SafeImages.SVG -> "svg";
            default -> "bin";
        };
    }
}
