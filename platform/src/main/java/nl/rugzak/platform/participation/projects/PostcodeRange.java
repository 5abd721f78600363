package nl.rugzak.platform.participation.projects;

/** Four-digit postcode numbers from {@code from} to {@code to}, both included (e.g. 1011–1109). */
public record PostcodeRange(int from, int to) {

    public boolean contains(int code) {
        return code >= from && code <= to;
    }

    @Override
    public String toString() {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
