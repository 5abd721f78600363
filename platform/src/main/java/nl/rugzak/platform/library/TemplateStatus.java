package nl.rugzak.platform.library;

/** Where a template stands in the library. */
public enum TemplateStatus {
    /** Only its own municipality sees it. */
    PRIVATE,
    /** Shared by its municipality, waiting for the lab. */
    PENDING,
    /** Every municipality sees its approved version. */
    APPROVED,
    /** Not taken into the library; its municipality still has it. */
    REJECTED;

    public String labelKey() {
        return "library.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
