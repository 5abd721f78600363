package nl.rugzak.platform.site.ui.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.NativeTable;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * Results as horizontal bars (label, count, percentage), drawn on the server as SVG, followed by the same numbers in
 * a real table that everyone sees. The SVG is one image for screen readers ({@code role="img"}) named by its title and
 * a one-sentence summary ("Meeste stemmen: Speeltuin met 45%"); the table is where they read the details. Labels come
 * from residents and staff and are XML-escaped before they enter the SVG; the table gets them as plain text. Bars
 * and text take the theme's colours from CSS. With no votes at all, one honest sentence instead of empty bars.
 *
 * <pre>{@code
 * add(new BarChart(getTranslation(POLLS_RESULTS), getTranslation(POLLS_CHOICE), getTranslation(POLLS_VOTES),
 *         List.of(new BarChart.Bar("Speeltuin", 54), new BarChart.Bar("Bankjes", 40), new BarChart.Bar("Bomen", 26))));
 * }</pre>
 */
public class BarChart extends Div {

    /** One bar: what was chosen and how often. */
    public record Bar(String label, long count) {
        public Bar {
            if (count < 0) {
                throw new IllegalArgumentException(Long.toString(count));
            }
        }
    }

    private static final AtomicLong IDS = new AtomicLong();
    // Long labels are cut in the picture only, to fit a 320 px phone (SVG text does not wrap); the table has them whole.
    static final int SVG_LABEL_CHARS = 32;
    private static final int ROW_HEIGHT = 48;

    private final String id = "rugzak-chart-" + IDS.incrementAndGet();
    private final String title;
    private final String countHeader;
    private final List<String> labels;
    private final List<NativeTableCell> counts = new ArrayList<>();
    private final List<NativeTableCell> shares = new ArrayList<>();
    private Svg picture;
    private List<Integer> percentages;

    /**
     * @param title       what the chart shows, also the table's caption ("Uitslag")
     * @param labelHeader the table's first column ("Keuze")
     * @param countHeader the table's count column and the summary's noun ("Stemmen")
     */
    public BarChart(String title, String labelHeader, String countHeader, List<Bar> bars) {
        this.title = title;
        this.countHeader = countHeader;
        this.labels = bars.stream().map(Bar::label).toList();
        addClassName("rugzak-chart");
        Locale locale = getLocale();
        long total = bars.stream().mapToLong(Bar::count).sum();
        percentages = percentages(bars, total);
        if (total == 0) {
            add(new EmptyState(Texts.get(locale, "site.parts.chart.empty")));
            return;
        }
        picture = new Svg(svg(id, title, countHeader, bars, total, locale));
        picture.addClassName("rugzak-chart-picture");
        add(picture, table(title, labelHeader, countHeader, bars, locale));
    }

    /**
     * Shows new counts for the same bars in place: the picture and the numbers in the table change, nothing is built
     * anew. Live results are redrawn for everyone watching whenever someone votes, so this is most of a redraw's work
     * saved. Returns false, changing nothing, when the bars are not the same ones or either state has no votes at all:
     * then the caller draws a new chart.
     */
    public boolean update(List<Bar> bars) {
        long total = bars.stream().mapToLong(Bar::count).sum();
        if (picture == null || total == 0 || !bars.stream().map(Bar::label).toList().equals(labels)) {
            return false;
        }
        Locale locale = getLocale();
        percentages = percentages(bars, total);
        picture.setSvg(svg(id, title, countHeader, bars, total, locale));
        for (int i = 0; i < bars.size(); i++) {
            counts.get(i).setText(Texts.get(locale, "site.parts.chart.count", bars.get(i).count()));
            shares.get(i).setText(Texts.get(locale, "site.parts.chart.percent", percentages.get(i)));
        }
        return true;
    }

    /** The percentages as shown, in the order of the bars; they add up to 100 (or are all 0 without votes). */
    public List<Integer> percentages() {
        return percentages;
    }

    /**
     * Whole percentages by largest remainder: each is rounded down, and the points left go to the bars that lost most
     * in rounding, so the visible numbers add up to exactly 100 instead of 99 or 101.
     */
    static List<Integer> percentages(List<Bar> bars, long total) {
        if (total == 0) {
            return bars.stream().map(bar -> 0).toList();
        }
        List<Integer> result = new ArrayList<>();
        for (Bar bar : bars) {
            result.add((int) (bar.count() * 100 / total));
        }
        int left = 100 - result.stream().mapToInt(Integer::intValue).sum();
        List<Integer> byRemainder = IntStream.range(0, bars.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> bars.get(i).count() * 100 % total).reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int i = 0; i < left; i++) {
            int index = byRemainder.get(i);
            result.set(index, result.get(index) + 1);
        }
        return List.copyOf(result);
    }

    private String svg(String id, String title, String countHeader, List<Bar> bars, long total, Locale locale) {
        int height = bars.size() * ROW_HEIGHT;
        StringBuilder svg = new StringBuilder();
        // No viewBox: widths are percentages of the available width and text keeps the page's font size, so the
        // chart neither scrolls sideways at 320 px nor grows huge letters on a wide screen.
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rugzak-chart-svg\" width=\"100%\" height=\"") // not-ui-text: SVG markup
                .append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(xml(title)).append("</title>"); // not-ui-text: SVG markup
        svg.append("<desc id=\"").append(id).append("-desc\">").append(xml(summary(countHeader, bars, total, locale))) // not-ui-text: SVG markup
                .append("</desc>");
        long most = bars.stream().mapToLong(Bar::count).max().orElse(0);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = i * ROW_HEIGHT;
            // Bars are scaled to the largest (not to 100 %), using 65 % of the width and leaving room for the numbers.
            double width = most == 0 ? 0 : bar.count() * 65.0 / most;
            svg.append("<text class=\"rugzak-chart-label\" x=\"0\" y=\"").append(top + 18).append("\">") // not-ui-text: SVG markup
                    .append(xml(shortened(bar.label()))).append("</text>");
            svg.append("<rect class=\"rugzak-chart-bar\" x=\"0\" y=\"").append(top + 24).append("\" height=\"18\" width=\"") // not-ui-text: SVG markup
                    .append(String.format(Locale.ROOT, "%.2f", width)).append("%\"/>");
            svg.append("<text class=\"rugzak-chart-value\" x=\"") // not-ui-text: SVG markup
                    .append(String.format(Locale.ROOT, "%.2f", width + 2)).append("%\" y=\"").append(top + 38).append("\">")
                    .append(xml(Texts.get(locale, "site.parts.chart.value", percentages.get(i), bar.count())))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private String summary(String countHeader, List<Bar> bars, long total, Locale locale) {
        long most = bars.stream().mapToLong(Bar::count).max().orElse(0);
        List<String> leaders = new ArrayList<>();
        int share = 0;
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).count() == most) {
                leaders.add(bars.get(i).label());
                share = percentages.get(i);
            }
        }
        String names = leaders.getFirst();
        for (String next : leaders.subList(1, leaders.size())) {
            names = Texts.get(locale, "site.parts.chart.and", names, next);
        }
        return Texts.get(locale, "site.parts.chart.summary", countHeader.toLowerCase(locale), names,
                Texts.get(locale, "site.parts.chart.percent", share), total);
    }

    private NativeTable table(String title, String labelHeader, String countHeader, List<Bar> bars, Locale locale) {
        NativeTable table = new NativeTable();
        table.addClassName("rugzak-chart-table");
        table.setCaptionText(title);
        table.getHead().add(new NativeTableRow(column(labelHeader), column(countHeader),
                column(Texts.get(locale, "site.parts.chart.share"))));
        NativeTableBody body = table.getBody();
        for (int i = 0; i < bars.size(); i++) {
            NativeTableHeaderCell label = new NativeTableHeaderCell(bars.get(i).label());
            label.getElement().setAttribute("scope", "row");
            NativeTableCell count = new NativeTableCell(Texts.get(locale, "site.parts.chart.count", bars.get(i).count()));
            NativeTableCell share = new NativeTableCell(Texts.get(locale, "site.parts.chart.percent", percentages.get(i)));
            count.addClassName("rugzak-number");
            share.addClassName("rugzak-number");
            counts.add(count);
            shares.add(share);
            body.add(new NativeTableRow(label, count, share));
        }
        return table;
    }

    private static NativeTableHeaderCell column(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static String shortened(String label) {
        return label.codePointCount(0, label.length()) <= SVG_LABEL_CHARS ? label
                : label.substring(0, label.offsetByCodePoints(0, SVG_LABEL_CHARS - 1)).stripTrailing() + "…";
    }

    /**
     * Text for inside an SVG element or a double-quoted attribute. Characters XML 1.0 forbids (control characters) are
     * dropped: the SVG parser would otherwise stop at them and show nothing.
     */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
