package nl.rugzak.platform.participation.projects;

/** Where a project stands: staff prepare it, residents follow it, and at the end staff account for the input. */
public enum ProjectStatus {
    DRAFT, PUBLISHED, CLOSED;

    public String key() {
        return "projects.status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isPublic() {
        return this != DRAFT;
    }
}
