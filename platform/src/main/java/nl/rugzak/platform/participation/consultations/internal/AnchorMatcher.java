package nl.rugzak.platform.participation.consultations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Gives the blocks of a new version their anchors. A block whose text is unchanged keeps the anchor it had (found by
 * a longest common subsequence over the texts, so inserting a paragraph does not shift every anchor after it). Between
 * two unchanged blocks, changed blocks take the place of the old ones in order: each gets a new anchor and remembers
 * which old anchor it replaces, so the site can show a diff per paragraph and reactions on the old text stay linked.
 */
public final class AnchorMatcher {

    /** An anchor given to a new block, and the old anchor it replaces (null for unchanged or brand-new blocks). */
    public record Assigned(String anchor, String replaces) {
    }

    /** An old block as the matcher needs it. */
    public record Old(String anchor, String kindAndText) {
    }

    private AnchorMatcher() {
    }

    /**
     * @param old          the previous version's blocks in order (empty for a first version)
     * @param newTexts     the new blocks' kind and text in order (compared exactly, after normalising whitespace)
     * @param freshAnchors gives a new unique anchor number each call
     */
    public static List<Assigned> assign(List<Old> old, List<String> newTexts, IntSupplier freshAnchors) {
        int n = old.size();
        int m = newTexts.size();
        String[] a = old.stream().map(o -> normal(o.kindAndText())).toArray(String[]::new);
        String[] b = newTexts.stream().map(AnchorMatcher::normal).toArray(String[]::new);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Assigned> assigned = new ArrayList<>(m);
        List<String> pendingOld = new ArrayList<>();
        int pendingNewFrom = 0;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i].equals(b[j])) {
                pairPending(pendingOld, pendingNewFrom, j, assigned, freshAnchors);
                assigned.add(new Assigned(old.get(i).anchor(), null));
                i++;
                j++;
                pendingNewFrom = j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                pendingOld.add(old.get(i).anchor());
                i++;
            }
        }
        pairPending(pendingOld, pendingNewFrom, m, assigned, freshAnchors);
        return assigned;
    }

    private static void pairPending(List<String> pendingOld, int from, int to, List<Assigned> assigned,
                                    IntSupplier freshAnchors) {
        for (int k = from; k < to; k++) {
            int index = k - from;
            String replaces = index < pendingOld.size() ? pendingOld.get(index) : null;
            assigned.add(new Assigned("a" + freshAnchors.getAsInt(), replaces));
        }
        pendingOld.clear();
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
