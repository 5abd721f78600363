package nl.rugzak.platform.participation.consultations;

/**
 * One numbered block of a document version. {@code anchor} stays the same across versions while the text is
 * unchanged (so reactions and links keep pointing at it); {@code replaces} is the anchor of the previous version's
 * block that this changed block replaces, or null. {@code body} is Markdown (a table as Markdown pipe rows).
 */
public record Block(String anchor, String replaces, BlockKind kind, int level, String number, String body) {

    /** The id for the page's HTML anchor ({@code #alinea-a12}). */
    public String htmlId() {
        return "alinea-" + anchor;
    }

    /** A table block's cells, row by row (the first row is the header); empty for other blocks. */
    public java.util.List<java.util.List<String>> tableRows() {
        if (kind != BlockKind.TABLE) {
            return java.util.List.of();
        }
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        for (String line : body.split("\n")) {
            String row = line.strip();
            if (row.matches("^\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*:?-*:?\\s*$")) {
                continue;
            }
            row = row.replaceAll("^\\|", "").replaceAll("(?<!\\\\)\\|$", "");
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (String cell : row.split("(?<!\\\\)\\|", -1)) {
                cells.add(cell.strip().replace("\\|", "|"));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The text without Markdown list markers or escapes, for the report and excerpts. */
    public String plainText() {
        return body.replaceAll("(?m)^\\s*([-*+]|\\d+[.)])\\s+", "• ").replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])", "$1");
    }
}
