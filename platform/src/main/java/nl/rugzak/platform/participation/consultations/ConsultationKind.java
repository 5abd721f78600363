package nl.rugzak.platform.participation.consultations;

/**
 * Open reactions are public and signed with the resident's display name; formal views (zienswijzen, as in the public
 * preparation procedure) carry name and address and only staff and their author ever see them.
 */
public enum ConsultationKind {
    OPEN, FORMAL;

    public String key() {
        return "consultations.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
