package nl.rugzak.platform.participation.consultations;

/** A group of reactions staff answer together. */
public record Theme(long id, String name, String answer, Outcome outcome, String changedAnchor, int reactions) {
}
