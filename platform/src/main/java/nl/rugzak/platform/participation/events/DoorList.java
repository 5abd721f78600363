package nl.rugzak.platform.participation.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.text.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list staff print or open at the door: names and how many people each brings, registered people only. It holds
 * names on purpose (staff check people in) and nothing else: no e-mail addresses, no coordinates. UTF-8 with a byte
 * order mark and semicolons, so Excel with Dutch settings opens it with accents and columns intact.
 */
@Service
public class DoorList {

    private static final String BOM = "\uFEFF";

    private final Events events;
    private final EnabledModules modules;

    DoorList(Events events, EnabledModules modules) {
        this.events = events;
        this.modules = modules;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public byte[] csv(long eventId, Locale language) {
        modules.require(EventsModule.ID);
        List<Registrant> registered = events.registrations(eventId).stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .sorted(Comparator.comparing(Registrant::name, String.CASE_INSENSITIVE_ORDER)).toList();
        StringWriter out = new StringWriter();
        out.write(BOM);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';')
                .setHeader(Texts.get(language, "events.door.name"), Texts.get(language, "events.door.people")).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Registrant registrant : registered) {
                csv.printRecord(spreadsheetSafe(registrant.name()), registrant.people());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A name starting like a formula would be run by a spreadsheet: it gets a leading apostrophe instead. */
    static String spreadsheetSafe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
