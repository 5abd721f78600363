package nl.rugzak.platform.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import nl.rugzak.platform.dashboard.DashboardLabels;
import nl.rugzak.platform.dashboard.DashboardPeriods;
import nl.rugzak.platform.dashboard.Dashboards;
import nl.rugzak.platform.dashboard.Figures;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * The lab's comparison: one column per municipality, one row per figure (the same figures as each municipality's
 * own dashboard), so the learning circle reads approaches side by side. A real table with row and column headers.
 */
class ComparisonTable extends NativeTable {

    private final List<Dashboards.TenantFigures> tenants;
    private final Locale locale;

    ComparisonTable(List<Dashboards.TenantFigures> tenants, DashboardLabels labels) {
        this.tenants = tenants;
        this.locale = getLocale();
        addClassName("rugzak-chart-table");
        setCaptionText(Texts.get(locale, "dashboard.lab.table"));
        List<NativeTableHeaderCell> head = new ArrayList<>();
        head.add(column(Texts.get(locale, "dashboard.what")));
        tenants.forEach(tenant -> head.add(column(tenant.name())));
        getHead().add(new NativeTableRow(head.toArray(NativeTableHeaderCell[]::new)));
        row(Texts.get(locale, "dashboard.residents"), Figures::residents);
        row(Texts.get(locale, "dashboard.active-30"), Figures::active30);
        row(Texts.get(locale, "dashboard.active-90"), Figures::active90);
        row(Texts.get(locale, "dashboard.contributions"), Figures::contributions);
        Set<List<String>> kinds = new LinkedHashSet<>();
        tenants.forEach(t -> t.figures().perModule().forEach(m -> kinds.add(List.of(m.module(), m.kind()))));
        for (List<String> kind : kinds) {
            row(labels.moduleAndKind(kind.get(0), kind.get(1), locale), figures -> figures.perModule().stream()
                    .filter(m -> m.module().equals(kind.get(0)) && m.kind().equals(kind.get(1)))
                    .mapToLong(Figures.ModuleCount::count).sum());
        }
        if (!tenants.isEmpty()) {
            List<Figures.PeriodCount> months = tenants.getFirst().figures().perMonth();
            for (int i = 0; i < months.size(); i++) {
                int month = i;
                row(DashboardPeriods.month(months.get(i).start(), locale),
                        figures -> figures.perMonth().isEmpty() ? 0 : figures.perMonth().get(month).count());
            }
        }
    }

    private void row(String label, ToLongFunction<Figures> value) {
        NativeTableHeaderCell header = new NativeTableHeaderCell(label);
        header.getElement().setAttribute("scope", "row");
        NativeTableRow row = new NativeTableRow(header);
        for (Dashboards.TenantFigures tenant : tenants) {
            NativeTableCell cell = new NativeTableCell(Texts.get(locale, "dashboard.figure", value.applyAsLong(tenant.figures())));
            cell.addClassName("rugzak-number");
            row.add(cell);
        }
        getBody().add(row);
    }

    private static NativeTableHeaderCell column(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
