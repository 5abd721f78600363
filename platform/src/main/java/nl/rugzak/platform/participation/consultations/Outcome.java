package nl.rugzak.platform.participation.consultations;

/** What a reaction led to, as the response report states it. */
public enum Outcome {
    /** "leidt tot aanpassing": the new version changed because of it. */
    CHANGED,
    /** "geen aanpassing". */
    UNCHANGED,
    /** "buiten de reikwijdte": about something this document does not decide. */
    OUT_OF_SCOPE;

    public String key() {
        return "consultations.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
