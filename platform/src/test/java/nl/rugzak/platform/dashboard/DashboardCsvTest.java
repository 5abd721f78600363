package nl.rugzak.platform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.rugzak.platform.participation.ModuleManifests;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV a spreadsheet opens: byte-order mark, semicolons, the municipality on every line, no formulas. */
class DashboardCsvTest {

    private final DashboardCsv csv = new DashboardCsv(new DashboardLabels(new ModuleManifests(List.of(), null)));

    private static Figures figures(String reachTitle) {
        return new Figures(120, 30, 45, 75, Instant.parse("2026-12-01T10:00:00Z"),
                List.of(new Figures.ModuleCount("polls", "vote", 50), new Figures.ModuleCount("initiatives", "comment", 25)),
                List.of(new Figures.PeriodCount(LocalDate.of(2026, 11, 30), 7)),
                List.of(new Figures.PeriodCount(LocalDate.of(2026, 12, 1), 9)),
                List.of(new Figures.PhaseCount("Marktplein", "Ideeën ophalen", 12)),
                List.of(new Figures.ReachCount("polls", "poll", reachTitle, 50)));
    }

    @Test
    void everyLineNamesItsMunicipalityAndTitlesCannotBecomeFormulas() throws Exception {
        byte[] bytes = csv.write(List.of(new Dashboards.TenantFigures("a", "Gemeente A", figures("=HYPERLINK(\"x\")")),
                new Dashboards.TenantFigures("b", "Gemeente B", figures("Welk park?"))), Locale.forLanguageTag("nl"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                .getRecords();
        assertThat(rows.getFirst().values()).containsExactly("Gemeente", "Onderdeel", "Wat", "Aantal");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(0)).startsWith("Gemeente "));
        assertThat(rows).anySatisfy(row -> assertThat(row.values())
                .containsExactly("Gemeente A", "Totaal", "Actieve bewoners, laatste 30 dagen", "30"));
        assertThat(rows).anySatisfy(row -> assertThat(row.values())
                .containsExactly("Gemeente B", "Bijdragen per project en fase", "Marktplein, fase Ideeën ophalen", "12"));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(2)).isEqualTo("Peiling: Welk park?"));
        // A title starting with = is kept as text, and as the first character of its cell nothing can start a formula.
        assertThat(rows).noneSatisfy(row -> assertThat(row.get(2)).startsWith("="));
        assertThat(DashboardCsv.safeCell("=1+1")).isEqualTo("'=1+1");
        assertThat(DashboardCsv.safeCell("Park")).isEqualTo("Park");
    }
}
