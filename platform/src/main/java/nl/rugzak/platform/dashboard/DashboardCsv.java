package nl.rugzak.platform.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The figures as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the accents), semicolons, one
 * line per figure with the municipality's name in front, so the lab's file of all municipalities sorts and filters
 * the same as one municipality's. Only counts and public titles.
 */
@Component
public class DashboardCsv {

    private final DashboardLabels labels;

    DashboardCsv(DashboardLabels labels) {
        this.labels = labels;
    }

    public byte[] write(List<Dashboards.TenantFigures> tenants, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';')
                    .setHeader(Texts.get(locale, "dashboard.csv.municipality"), Texts.get(locale, "dashboard.csv.part"),
                            Texts.get(locale, "dashboard.csv.what"), Texts.get(locale, "dashboard.csv.count"))
                    .get();
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (Dashboards.TenantFigures tenant : tenants) {
                    rows(printer, safeCell(tenant.name()), tenant.figures(), locale);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void rows(CSVPrinter printer, String name, Figures figures, Locale locale) throws IOException {
        String totals = Texts.get(locale, "dashboard.csv.totals");
        printer.printRecord(name, totals, Texts.get(locale, "dashboard.residents"), figures.residents());
        printer.printRecord(name, totals, Texts.get(locale, "dashboard.active-30"), figures.active30());
        printer.printRecord(name, totals, Texts.get(locale, "dashboard.active-90"), figures.active90());
        printer.printRecord(name, totals, Texts.get(locale, "dashboard.contributions"), figures.contributions());
        String perModule = Texts.get(locale, "dashboard.per-module");
        for (Figures.ModuleCount count : figures.perModule()) {
            printer.printRecord(name, perModule, labels.moduleAndKind(count.module(), count.kind(), locale), count.count());
        }
        String perWeek = Texts.get(locale, "dashboard.per-week");
        for (Figures.PeriodCount week : figures.perWeek()) {
            printer.printRecord(name, perWeek, DashboardPeriods.week(week.start(), locale), week.count());
        }
        String perMonth = Texts.get(locale, "dashboard.per-month");
        for (Figures.PeriodCount month : figures.perMonth()) {
            printer.printRecord(name, perMonth, DashboardPeriods.month(month.start(), locale), month.count());
        }
        String perPhase = Texts.get(locale, "dashboard.per-phase");
        for (Figures.PhaseCount phase : figures.perPhase()) {
            printer.printRecord(name, perPhase, safeCell(Texts.get(locale, "dashboard.project-phase", phase.project(),
                    phase.phase())), phase.count());
        }
        String reach = Texts.get(locale, "dashboard.reach");
        for (Figures.ReachCount item : figures.reach()) {
            printer.printRecord(name, reach, safeCell(Texts.get(locale, "dashboard.reach-item",
                    labels.kind(item.kind(), locale), item.title())), item.participants());
        }
    }

    /** A title starting with =, +, - or @ would be a formula in a spreadsheet: a quote in front keeps it text. */
    static String safeCell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
