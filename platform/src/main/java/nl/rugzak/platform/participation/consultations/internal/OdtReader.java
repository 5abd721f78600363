package nl.rugzak.platform.participation.consultations.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an uploaded OpenDocument text (.odt, as LibreOffice and many municipalities write it) into the same Markdown
 * as {@link DocxReader}, with the same result and the same refusals: headings, paragraphs, lists and tables are kept;
 * images, comments and footnotes are left out (images and comments counted); deleted text of tracked changes is never
 * taken over. Refused: a password-protected file, one with macros or scripts, one that links content from outside
 * (a linked image, section or object), another OpenDocument kind (a spreadsheet renamed), and anything unreadable.
 * The XML is read without DTDs or external entities, and no part is unpacked beyond a fixed size (zip bombs).
 */
public final class OdtReader {

    static final String TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    /** Far above a policy document's text (the upload itself is limited to a few MB). */
    private static final int MAX_PART_BYTES = 30 * 1024 * 1024;
    private static final int MAX_ENTRIES = 2_000;

    private OdtReader() {
    }

    public static DocxReader.Read read(byte[] bytes) {
        byte[] content = null;
        String manifest = null;
        String mimetype = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new DocxReader.Refused("corrupt", null);
                }
                String name = entry.getName();
                if (name.startsWith("Basic/") || name.startsWith("Scripts/")) {
                    throw new DocxReader.Refused("macros", null);
                }
                switch (name) {
                    case "mimetype" -> mimetype = new String(limited(zip), StandardCharsets.US_ASCII).strip();
                    case "content.xml" -> content = limited(zip);
                    case "META-INF/manifest.xml" -> manifest = new String(limited(zip), StandardCharsets.UTF_8);
                    default -> {
                        // Pictures, styles, settings and thumbnails are not read.
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocxReader.Refused("corrupt", e);
        }
        if (manifest != null && manifest.contains("encryption-data")) {
            throw new DocxReader.Refused("encrypted", null);
        }
        if (!TEXT_MIMETYPE.equals(mimetype) || content == null) {
            throw new DocxReader.Refused("corrupt", null);
        }
        try {
            return new ContentReader(content).read();
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof DocxReader.Refused refused) {
                throw refused;
            }
            throw new DocxReader.Refused("corrupt", e);
        }
    }

    private static byte[] limited(InputStream zip) throws IOException {
        byte[] bytes = zip.readNBytes(MAX_PART_BYTES + 1);
        if (bytes.length > MAX_PART_BYTES) {
            throw new DocxReader.Refused("corrupt", null);
        }
        return bytes;
    }

    /** One pass over content.xml: the list styles come first (automatic styles), then the body. */
    private static final class ContentReader {

        private final XMLStreamReader xml;
        private final Set<String> numberedListStyles = new HashSet<>();
        private final Set<String> titleStyles = new HashSet<>(Set.of("Title"));
        private final List<String> blocks = new ArrayList<>();
        private int images;
        private int comments;

        ContentReader(byte[] content) throws XMLStreamException {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_COALESCING, true);
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
        }

        DocxReader.Read read() throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (is(TEXT, "list-style")) {
                    listStyle();
                } else if (is(STYLE, "style")) {
                    paragraphStyle();
                } else if (is(OFFICE, "text")) {
                    body();
                }
            }
            return new DocxReader.Read(String.join("\n\n", blocks), images, comments);
        }

        private void listStyle() throws XMLStreamException {
            String name = xml.getAttributeValue(STYLE, "name");
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (is(TEXT, "list-level-style-number") && "1".equals(xml.getAttributeValue(TEXT, "level"))) {
                        numberedListStyles.add(name);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /** Automatic paragraph styles (P1, P2…) that only dress up the document's title style. */
        private void paragraphStyle() {
            if ("Title".equals(xml.getAttributeValue(STYLE, "parent-style-name"))) {
                titleStyles.add(xml.getAttributeValue(STYLE, "name"));
            }
        }

        private void body() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (is(TEXT, "h")) {
                    String level = xml.getAttributeValue(TEXT, "outline-level");
                    String text = MarkdownBlocks.oneLine(inline());
                    if (!text.isEmpty()) {
                        int n = level == null ? 1 : Math.min(6, Math.max(1, Integer.parseInt(level)));
                        blocks.add("#".repeat(n) + " " + text);
                    }
                } else if (is(TEXT, "p")) {
                    boolean title = titleStyles.contains(xml.getAttributeValue(TEXT, "style-name"));
                    String text = MarkdownBlocks.oneLine(inline());
                    if (!text.isEmpty()) {
                        blocks.add(title ? "# " + text : MarkdownBlocks.escaped(text));
                    }
                } else if (is(TEXT, "list")) {
                    List<String> items = new ArrayList<>();
                    list(0, items);
                    MarkdownBlocks.flushList(items, blocks);
                } else if (is(TABLE, "table")) {
                    String table = MarkdownBlocks.table(table());
                    if (!table.isEmpty()) {
                        blocks.add(table);
                    }
                } else if (is(TEXT, "section-source")) {
                    // A section whose text comes from another file.
                    throw new DocxReader.Refused("external", null);
                } else if (is(OFFICE, "annotation")) {
                    comments++;
                    skip();
                } else if (is(DRAW, "frame")) {
                    frame();
                } else if (is(TEXT, "tracked-changes") || is(TEXT, "sequence-decls") || is(OFFICE, "forms")) {
                    skip();
                } else {
                    depth++;
                }
            }
        }

        /** The text inside a paragraph or heading, up to its end; notes, comments and frames are left out. */
        private String inline() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (is(TEXT, "s")) {
                            String count = xml.getAttributeValue(TEXT, "c");
                            text.append(" ".repeat(count == null ? 1 : Math.min(100, Integer.parseInt(count))));
                            skip();
                        } else if (is(TEXT, "tab") || is(TEXT, "line-break")) {
                            text.append(' ');
                            skip();
                        } else if (is(TEXT, "note")) {
                            skip();
                        } else if (is(OFFICE, "annotation")) {
                            comments++;
                            skip();
                        } else if (is(DRAW, "frame")) {
                            frame();
                        } else {
                            depth++;
                        }
                    }
                    default -> {
                        // Comments and processing instructions carry no text.
                    }
                }
            }
            return text.toString();
        }

        /** A list with its items as Markdown lines; nested lists indented under their item. */
        private void list(int level, List<String> items) throws XMLStreamException {
            boolean numbered = numberedListStyles.contains(xml.getAttributeValue(TEXT, "style-name"));
            String indent = "  ".repeat(level);
            int number = 0;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(TEXT, "p") || is(TEXT, "h")) {
                        String text = MarkdownBlocks.oneLine(inline());
                        if (!text.isEmpty()) {
                            items.add(indent + (numbered ? (++number) + ". " : "- ") + text);
                        }
                    } else if (is(TEXT, "list")) {
                        list(level + 1, items);
                    } else {
                        depth++;
                    }
                }
            }
        }

        private List<List<String>> table() throws XMLStreamException {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = null;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (is(TABLE, "table-row")) {
                    row = new ArrayList<>();
                    rows.add(row);
                    depth++;
                } else if ((is(TABLE, "table-cell") || is(TABLE, "covered-table-cell")) && row != null) {
                    row.add(cellText());
                } else if (is(TABLE, "table")) {
                    // A table inside a cell is flattened into that cell's text by cellText(); here it is skipped.
                    skip();
                } else {
                    depth++;
                }
            }
            return rows;
        }

        private String cellText() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(TEXT, "p") || is(TEXT, "h")) {
                        text.append(' ').append(inline());
                    } else {
                        depth++;
                    }
                }
            }
            return text.toString();
        }

        /** An image or object: counted and left out, unless it points outside the file. */
        private void frame() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (is(DRAW, "image") || is(DRAW, "object") || is(DRAW, "object-ole")) {
                        refuseExternal(xml.getAttributeValue(XLINK, "href"));
                        if (is(DRAW, "image")) {
                            images++;
                        }
                    }
                }
            }
        }

        /** Inside the package ("Pictures/…", "./Object 1") is fine; anything with a scheme or a path up is outside. */
        private static void refuseExternal(String href) {
            if (href != null && (href.contains(":") || href.startsWith("/") || href.startsWith("../"))) {
                throw new DocxReader.Refused("external", null);
            }
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private boolean is(String namespace, String name) {
            return namespace.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
        }
    }
}
