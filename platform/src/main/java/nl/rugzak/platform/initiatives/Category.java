package nl.rugzak.platform.initiatives;

/** A category a municipality sorts initiatives by. */
public record Category(long id, String name) {
}
