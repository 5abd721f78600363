package nl.rugzak.platform.participation.initiatives;

import java.util.List;

/** One page of a longer list, and how long the list is. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
