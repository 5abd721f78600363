package nl.rugzak.platform.library;

import java.time.Instant;
import java.util.List;

/**
 * A template as a reader of the library sees it: for its own municipality and the lab the latest version, for
 * others the version the lab approved. {@code ownerSlug} is null for the lab's own templates.
 */
public record Template(long id, String kind, String title, String description, String caseText, String ownerSlug,
                       String ownerName, TemplateStatus status, int version, List<String> preview,
                       List<Adoption> adoptions, Instant updatedAt) {

    public Template {
        preview = List.copyOf(preview);
        adoptions = List.copyOf(adoptions);
    }

    public boolean fromLab() {
        return ownerSlug == null;
    }

    /** One adoption: by which municipality, of which version, and what it became there. */
    public record Adoption(String tenantSlug, String tenantName, int version, String localRef, Instant at) {
    }
}
