package nl.rugzak.platform.participation.consultations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable word-by-word difference between two texts, shown as a tracked change: what was deleted, what was
 * inserted, what stayed. Words keep their following spaces, so joining the kept and inserted parts gives the new text.
 */
public final class TrackedChange {

    /** Texts longer than this (in words, both together) are shown as one deletion and one insertion. */
    private static final int MAX_CELLS = 4_000_000;
    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    public enum Change { SAME, DELETED, INSERTED }

    public record Part(Change change, String text) {
    }

    private TrackedChange() {
    }

    public static List<Part> between(String before, String after) {
        List<String> a = words(before == null ? "" : before);
        List<String> b = words(after == null ? "" : after);
        List<Part> parts = new ArrayList<>();
        if ((long) (a.size() + 1) * (b.size() + 1) > MAX_CELLS) {
            add(parts, Change.DELETED, String.join("", a));
            add(parts, Change.INSERTED, String.join("", b));
            return parts;
        }
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(a.get(i), b.get(j))) {
                add(parts, Change.SAME, b.get(j));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(parts, Change.DELETED, a.get(i++));
            } else {
                add(parts, Change.INSERTED, b.get(j++));
            }
        }
        return parts;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static void add(List<Part> parts, Change change, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!parts.isEmpty() && parts.getLast().change() == change) {
            Part last = parts.removeLast();
            parts.add(new Part(change, last.text() + text));
        } else {
            parts.add(new Part(change, text));
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
