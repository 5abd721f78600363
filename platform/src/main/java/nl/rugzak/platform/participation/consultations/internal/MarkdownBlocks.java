package nl.rugzak.platform.participation.consultations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Markdown that the office-file readers (Word, OpenDocument) write: office text is plain text, so what would read
 * as Markdown syntax is escaped, and tables and lists come out in the one shape the document splitter knows.
 */
final class MarkdownBlocks {

    private static final Pattern MARKDOWN_START = Pattern.compile("^([#>|*+\\-]|\\d+[.)])");

    private MarkdownBlocks() {
    }

    /** Rows of cell texts as a Markdown table, the first row its header; empty rows left out. */
    static String table(List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        int columns = 0;
        for (List<String> row : rows) {
            List<String> cells = row.stream().map(cell -> oneLine(cell).replace("|", "\\|")).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            columns = Math.max(columns, cells.size());
            lines.add("| " + String.join(" | ", cells) + " |");
            if (lines.size() == 1) {
                lines.add("|" + " --- |".repeat(cells.size()));
            }
        }
        return lines.isEmpty() || columns == 0 ? "" : String.join("\n", lines);
    }

    static void flushList(List<String> list, List<String> blocks) {
        if (!list.isEmpty()) {
            blocks.add(String.join("\n", list));
            list.clear();
        }
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** A paragraph starting with "-" or "1." in an office file must not turn into a list. */
    static String escaped(String text) {
        if (text.matches("^\\d+[.)].*")) {
            return text.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
        }
        return MARKDOWN_START.matcher(text).find() ? "\\" + text : text;
    }
}
