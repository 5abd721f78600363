package nl.rugzak.platform.participation.consultations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.rugzak.platform.participation.consultations.BlockKind;

/**
 * Splits a policy document written in Markdown into the blocks residents react on: headings (levels 1 and 2 open
 * numbered sections), paragraphs, lists and tables. Blocks are separated by blank lines, as writers of Markdown
 * expect; a list or table is one block (residents react on "the list", and its items are rarely read alone).
 */
public final class DocumentSplitter {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+.*");

    /** A block before numbering and anchors. */
    public record RawBlock(BlockKind kind, int level, String body) {
    }

    /**
     * A numbered block. Sections (headings of level 1 and 2) are numbered "§1", "§1.1"; every other block is an
     * alinea numbered 1, 2, 3 through the whole document, so "alinea 7" names exactly one block.
     */
    public record NumberedBlock(BlockKind kind, int level, String number, String body) {
    }

    private DocumentSplitter() {
    }

    public static List<RawBlock> split(String markdown) {
        List<RawBlock> blocks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            java.util.regex.Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                flush(chunk, blocks);
                String text = heading.group(2).replaceAll("\\s+#+\\s*$", "").strip();
                if (!text.isEmpty()) {
                    blocks.add(new RawBlock(BlockKind.HEADING, heading.group(1).length(), text));
                }
            } else if (line.isBlank()) {
                flush(chunk, blocks);
            } else {
                chunk.add(line.stripTrailing());
            }
        }
        flush(chunk, blocks);
        return blocks;
    }

    public static List<NumberedBlock> number(List<RawBlock> blocks) {
        List<NumberedBlock> numbered = new ArrayList<>();
        int chapter = 0;
        int section = 0;
        int alinea = 0;
        for (RawBlock block : blocks) {
            String number;
            if (block.kind() == BlockKind.HEADING && block.level() <= 2) {
                if (block.level() == 1 || chapter == 0) {
                    chapter++;
                    section = 0;
                    number = "§" + chapter;
                } else {
                    section++;
                    number = "§" + chapter + "." + section;
                }
            } else {
                // Deeper headings are part of their section's text and numbered like alineas.
                number = String.valueOf(++alinea);
            }
            numbered.add(new NumberedBlock(block.kind(), block.level(), number, block.body()));
        }
        return numbered;
    }

    private static void flush(List<String> chunk, List<RawBlock> blocks) {
        if (chunk.isEmpty()) {
            return;
        }
        String body = String.join("\n", chunk).strip();
        BlockKind kind;
        if (chunk.stream().allMatch(line -> line.strip().startsWith("|"))) {
            kind = BlockKind.TABLE;
        } else if (LIST_ITEM.matcher(chunk.getFirst()).matches()) {
            kind = BlockKind.LIST;
        } else {
            kind = BlockKind.PARAGRAPH;
        }
        blocks.add(new RawBlock(kind, 0, body));
        chunk.clear();
    }
}
