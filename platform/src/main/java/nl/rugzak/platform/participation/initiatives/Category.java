package nl.rugzak.platform.participation.initiatives;

/** A category a municipality sorts initiatives by. */
public record Category(long id, String name) {
}
