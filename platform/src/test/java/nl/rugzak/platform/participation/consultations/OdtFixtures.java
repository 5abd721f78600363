package nl.rugzak.platform.participation.consultations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * OpenDocument texts written as LibreOffice writes them (a zip with an uncompressed mimetype first, a manifest and
 * content.xml): a policy document, and the bad ones uploads must refuse.
 */
public final class OdtFixtures {

    private static final String NAMESPACES = """
            xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
            xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
            xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3\"""";

    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>""";

    private OdtFixtures() {
    }

    /** Title, headings, a paragraph with a comment and a footnote, bullet and numbered lists, a table, an image. */
    public static byte[] policy() {
        return odt(content("""
                <office:automatic-styles>
                 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
                 <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
                 <text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
                </office:automatic-styles>
                <office:body><office:text>
                 <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>
                 <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Oude zin die weg is.</text:p></text:deletion></text:changed-region></text:tracked-changes>
                 <text:p text:style-name="P1">Speelruimtebeleid 2027</text:p>
                 <text:p>Kinderen spelen<text:s text:c="2"/>dicht bij huis.<office:annotation><text:p>Nog checken</text:p></office:annotation><text:note text:note-class="footnote"><text:note-body><text:p>Bron: enquête 2026</text:p></text:note-body></text:note></text:p>
                 <text:h text:outline-level="2">Wat <text:span>willen</text:span> we?</text:h>
                 <text:list text:style-name="L1">
                  <text:list-item><text:p>meer gras</text:p></text:list-item>
                  <text:list-item><text:p>meer schaduw</text:p>
                   <text:list><text:list-item><text:p>bomen</text:p></text:list-item></text:list></text:list-item>
                 </text:list>
                 <text:list text:style-name="L2">
                  <text:list-item><text:p>eerst meten</text:p></text:list-item>
                  <text:list-item><text:p>dan kiezen</text:p></text:list-item>
                 </text:list>
                 <table:table table:name="Budget">
                  <table:table-header-rows><table:table-row><table:table-cell><text:p>Jaar</text:p></table:table-cell><table:table-cell><text:p>Budget</text:p></table:table-cell></table:table-row></table:table-header-rows>
                  <table:table-row><table:table-cell><text:p>2027</text:p></table:table-cell><table:table-cell><text:p>450.000</text:p></table:table-cell></table:table-row>
                 </table:table>
                 <text:p><draw:frame draw:name="Foto"><draw:image xlink:href="Pictures/speeltuin.png"/></draw:frame></text:p>
                 <text:p>- Dit is geen lijst maar een gewone zin.</text:p>
                 <text:section text:name="Bijlage"><text:p>Meer informatie</text:p></text:section>
                </office:text></office:body>"""), Map.of());
    }

    public static byte[] empty() {
        return odt(content("<office:body><office:text><text:p/></office:text></office:body>"), Map.of());
    }

    public static byte[] withMacros() {
        return odt(content("<office:body><office:text><text:p>Hallo</text:p></office:text></office:body>"),
                Map.of("Basic/Standard/Module1.xml", "<script/>"));
    }

    public static byte[] withLinkedImage() {
        return odt(content("""
                <office:body><office:text><text:p><draw:frame><draw:image xlink:href="http://example.org/kaart.png"/>\
                </draw:frame></text:p></office:text></office:body>"""), Map.of());
    }

    public static byte[] withLinkedSection() {
        return odt(content("""
                <office:body><office:text><text:section text:name="S"><text:section-source \
                xlink:href="file:///etc/passwd"/></text:section></office:text></office:body>"""), Map.of());
    }

    public static byte[] encrypted() {
        return zip("application/vnd.oasis.opendocument.text", Map.of(
                "META-INF/manifest.xml", MANIFEST.replace("<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>",
                        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"><manifest:encryption-data/></manifest:file-entry>"),
                "content.xml", "\u0001\u0002 versleuteld"));
    }

    /** A spreadsheet renamed to .odt. */
    public static byte[] spreadsheet() {
        return zip("application/vnd.oasis.opendocument.spreadsheet", Map.of("META-INF/manifest.xml", MANIFEST,
                "content.xml", content("<office:body><office:spreadsheet/></office:body>")));
    }

    /** An external entity that would read a local file if the parser resolved it. */
    public static byte[] withExternalEntity() {
        return odt("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE office:document-content [<!ENTITY geheim SYSTEM "file:///etc/hostname">]>
                <office:document-content %s><office:body><office:text><text:p>&geheim;</text:p></office:text></office:body>\
                </office:document-content>""".formatted(NAMESPACES), Map.of());
    }

    /** 40 MB of spaces in content.xml that compress to a few kilobytes. */
    public static byte[] zipBomb() {
        char[] spaces = new char[40 * 1024 * 1024];
        Arrays.fill(spaces, ' ');
        return odt(content("<office:body><office:text><text:p>" + new String(spaces) + "</text:p></office:text></office:body>"),
                Map.of());
    }

    public static byte[] truncated() {
        byte[] whole = policy();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    private static String content(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " + NAMESPACES + ">" + inner
                + "</office:document-content>";
    }

    private static byte[] odt(String content, Map<String, String> extra) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("META-INF/manifest.xml", MANIFEST);
        parts.put("content.xml", content);
        parts.putAll(extra);
        return zip("application/vnd.oasis.opendocument.text", parts);
    }

    private static byte[] zip(String mimetype, Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
