package nl.rugzak.platform.participation.events;

/** Afterwards: the minutes (Markdown) and what came out of it, so residents see what was done with their input. */
public record EventReport(String minutes, String outcomes) {
}
