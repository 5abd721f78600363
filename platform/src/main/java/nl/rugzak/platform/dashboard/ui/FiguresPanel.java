package nl.rugzak.platform.dashboard.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import nl.rugzak.platform.dashboard.DashboardLabels;
import nl.rugzak.platform.dashboard.DashboardPeriods;
import nl.rugzak.platform.dashboard.Figures;
import nl.rugzak.platform.site.ui.parts.BarChart;
import nl.rugzak.platform.site.ui.parts.EmptyState;
import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.time.Dates;

/**
 * One municipality's figures: the key numbers as a list, then each breakdown as the site's {@link BarChart} (an SVG
 * with a one-sentence summary, and the numbers in a table under it). Only counts and public titles.
 */
class FiguresPanel extends Div {

    FiguresPanel(Figures figures, DashboardLabels labels) {
        addClassName("rugzak-dashboard");
        Locale locale = getLocale();
        if (!figures.counted()) {
            add(new EmptyState(Texts.get(locale, "dashboard.not-counted")));
            return;
        }
        UnorderedList numbers = new UnorderedList(
                new ListItem(Texts.get(locale, "dashboard.number", Texts.get(locale, "dashboard.residents"), figures.residents())),
                new ListItem(Texts.get(locale, "dashboard.number", Texts.get(locale, "dashboard.active-30"), figures.active30())),
                new ListItem(Texts.get(locale, "dashboard.number", Texts.get(locale, "dashboard.active-90"), figures.active90())),
                new ListItem(Texts.get(locale, "dashboard.number", Texts.get(locale, "dashboard.contributions"),
                        figures.contributions())));
        numbers.addClassName("rugzak-dashboard-numbers");
        add(numbers, new Paragraph(Texts.get(locale, "dashboard.counted-at", Dates.moment(figures.countedAt(), locale))));

        String what = Texts.get(locale, "dashboard.what");
        String count = Texts.get(locale, "dashboard.count");
        section("dashboard.per-module", new BarChart(Texts.get(locale, "dashboard.per-module"), what, count,
                figures.perModule().stream().map(m -> new BarChart.Bar(labels.moduleAndKind(m.module(), m.kind(), locale),
                        m.count())).toList()));
        section("dashboard.per-week", new BarChart(Texts.get(locale, "dashboard.per-week"),
                Texts.get(locale, "dashboard.week"), count, figures.perWeek().stream()
                .map(w -> new BarChart.Bar(DashboardPeriods.week(w.start(), locale), w.count())).toList()));
        section("dashboard.per-month", new BarChart(Texts.get(locale, "dashboard.per-month"),
                Texts.get(locale, "dashboard.month"), count, figures.perMonth().stream()
                .map(m -> new BarChart.Bar(DashboardPeriods.month(m.start(), locale), m.count())).toList()));
        section("dashboard.per-phase", new BarChart(Texts.get(locale, "dashboard.per-phase"),
                Texts.get(locale, "dashboard.phase"), count, figures.perPhase().stream()
                .map(p -> new BarChart.Bar(Texts.get(locale, "dashboard.project-phase", p.project(), p.phase()), p.count()))
                .toList()));
        List<BarChart.Bar> reach = figures.reach().stream().map(r -> new BarChart.Bar(
                Texts.get(locale, "dashboard.reach-item", labels.kind(r.kind(), locale), r.title()), r.participants())).toList();
        section("dashboard.reach", new BarChart(Texts.get(locale, "dashboard.reach"), what,
                Texts.get(locale, "dashboard.participants"), reach));
    }

    private void section(String headingKey, BarChart chart) {
        add(new Section(new H2(Texts.get(getLocale(), headingKey)), chart));
    }
}
