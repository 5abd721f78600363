package nl.rugzak.tenantadmin.theming;

import java.util.regex.Pattern;

/** A stored, checked image of a tenant's theme, addressed by the SHA-256 of its bytes. */
public record ThemeAsset(String sha256, String contentType, int width, int height, byte[] bytes) {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

    /** The path the tenant's own site serves it at (only on that tenant's hosts). */
    public static String path(String sha256, String contentType) {
        return "/huisstijl/bestand/" + sha256 + "." + extension(contentType);
    }

    public String path() {
        return path(sha256, contentType);
    }

    public static boolean isSha(String value) {
        return value != null && SHA.matcher(value).matches();
    }

    static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/svg+xml" -> "svg";
            default -> "bin";
        };
    }
}
