package nl.rugzak.platform.participation.polls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.tenantadmin.text.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a poll for spreadsheets: UTF-8 with a byte order mark (so Excel reads é and ë right), semicolons
 * (Dutch Excel), one row per option. Never a name or an account: the counters are all it reads. Only once the
 * results are public; while they are hidden there is nothing to export, for staff neither.
 */
@Service
public class PollExport {

    private static final CSVFormat DUTCH_EXCEL = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private final Polls polls;

    PollExport(Polls polls) {
        this.polls = polls;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public byte[] csv(long pollId, Locale locale) {
        PollSummary poll = polls.publicSummary(pollId).orElseThrow(() -> new NotFoundException("peiling"));
        PollResults results = polls.publicResults(pollId)
                .orElseThrow(() -> new InvalidPollException("polls.export.hidden"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             var csv = new CSVPrinter(writer, DUTCH_EXCEL)) {
            writer.write('\uFEFF');
            csv.printRecord(Texts.get(locale, "polls.export.question"), Texts.get(locale, "polls.export.option"),
                    Texts.get(locale, "polls.export.votes"), Texts.get(locale, "polls.export.percent"),
                    Texts.get(locale, "polls.export.voters"));
            for (PollResults.OptionCount option : results.options()) {
                csv.printRecord(cell(poll.question()), cell(option.label()), option.votes(), results.percent(option),
                        results.voters());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A text a spreadsheet would run as a formula (=, +, -, @) is made plain text. */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
