package nl.rugzak.platform.sharing;

/**
 * How one public page presents itself when its link is shared: the preview a messenger or social network shows.
 * {@code path} is the canonical path on the tenant's primary host; {@code imagePath} (with its alt text) may be null.
 */
public record PageMeta(String title, String description, String path, String imagePath, String imageAlt) {

    public static final int MAX_DESCRIPTION = 300;

    public PageMeta {
        description = shortened(description == null ? "" : description.strip());
        if (imagePath == null) {
            imageAlt = null;
        }
    }

    private static String shortened(String text) {
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
}
