package nl.rugzak.platform.site.ui.parts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class BarChartTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"Bomen\" <img src=x onerror=alert(1)>";

    @BeforeEach
    void open() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Texts.DUTCH);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void labelsWithMarkupStayTextInThePictureAndTheTable() throws Exception {
        BarChart chart = new BarChart("Uitslag", "Keuze", "Stemmen",
                List.of(new BarChart.Bar(HOSTILE, 3), new BarChart.Bar("Speeltuin", 1)));

        String svg = svgOf(chart);
        assertThat(svg).doesNotContain("<script", "<img", "onerror=alert(1)>");
        // A strict XML parser reads it (well-formed) and gives the label back as text, so nothing became markup.
        Document document = strict(svg);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("img").getLength()).isZero();
        NodeList texts = document.getElementsByTagName("text");
        assertThat(texts.item(0).getTextContent()).isEqualTo(HOSTILE.substring(0, BarChart.SVG_LABEL_CHARS - 1).stripTrailing() + "…");
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent()).contains(HOSTILE);

        NativeTable table = tableOf(chart);
        assertThat(BrowserlessUi.assertNoScriptCanRun(table)).contains(HOSTILE);
        assertThat(table.getElement().getOuterHTML()).contains("&lt;script&gt;");
    }

    @Test
    void controlCharactersThatWouldBreakTheSvgAreDropped() throws Exception {
        BarChart chart = new BarChart("Uit\u0000slag", "Keuze", "Stemmen", List.of(new BarChart.Bar("A\u0001B", 2)));
        Document document = strict(svgOf(chart));
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Uitslag");
        assertThat(document.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("AB");
    }

    @Test
    void theVisiblePercentagesAddUpToOneHundred() {
        assertThat(BarChart.percentages(bars(1, 1, 1), 3)).containsExactly(34, 33, 33);
        assertThat(BarChart.percentages(bars(2, 1), 3)).containsExactly(67, 33);
        assertThat(BarChart.percentages(bars(1, 1, 1, 1, 1, 1, 1), 7).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(100);
        assertThat(BarChart.percentages(bars(5, 0), 5)).containsExactly(100, 0);
        assertThat(BarChart.percentages(bars(0, 0), 0)).containsExactly(0, 0);
    }

    @Test
    void pictureIsOneNamedImageWhoseSummaryNamesTheLeader() throws Exception {
        BarChart chart = new BarChart("Uitslag", "Keuze", "Stemmen",
                List.of(new BarChart.Bar("Bankjes", 40), new BarChart.Bar("Speeltuin", 54), new BarChart.Bar("Bomen", 26)));
        Document svg = strict(svgOf(chart));
        var root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        String[] ids = root.getAttribute("aria-labelledby").split(" ");
        assertThat(ids).hasSize(2);
        assertThat(svg.getElementsByTagName("title").item(0).getAttributes().getNamedItem("id").getNodeValue()).isEqualTo(ids[0]);
        assertThat(svg.getElementsByTagName("desc").item(0).getAttributes().getNamedItem("id").getNodeValue()).isEqualTo(ids[1]);
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Meeste stemmen: Speeltuin met 45%. Totaal: 120.");
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(3);
    }

    @Test
    void aTieNamesEveryLeader() throws Exception {
        BarChart chart = new BarChart("Uitslag", "Keuze", "Stemmen",
                List.of(new BarChart.Bar("Bankjes", 2), new BarChart.Bar("Bomen", 2)));
        assertThat(strict(svgOf(chart)).getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Meeste stemmen: Bankjes en Bomen met 50%. Totaal: 4.");
    }

    @Test
    void theTableHasACaptionAndScopedHeaders() {
        BarChart chart = new BarChart("Uitslag", "Keuze", "Stemmen",
                List.of(new BarChart.Bar("Speeltuin", 1234), new BarChart.Bar("Bomen", 0)));
        var html = org.jsoup.Jsoup.parseBodyFragment(tableOf(chart).getElement().getOuterHTML());
        assertThat(html.select("caption").text()).isEqualTo("Uitslag");
        assertThat(html.select("thead th[scope=col]").eachText()).containsExactly("Keuze", "Stemmen", "Procent");
        assertThat(html.select("tbody th[scope=row]").eachText()).containsExactly("Speeltuin", "Bomen");
        assertThat(html.select("tbody tr").get(0).select("td").eachText()).containsExactly("1.234", "100%");
        assertThat(html.select("tbody tr").get(1).select("td").eachText()).containsExactly("0", "0%");
    }

    @Test
    void newCountsForTheSameBarsChangeThePictureAndTheNumbersInPlace() throws Exception {
        BarChart chart = new BarChart("Uitslag", "Keuze", "Stemmen",
                List.of(new BarChart.Bar("Bankjes", 1), new BarChart.Bar("Bomen", 0)));
        Svg picture = chart.getChildren().filter(Svg.class::isInstance).map(Svg.class::cast).findFirst().orElseThrow();
        NativeTable table = tableOf(chart);

        assertThat(chart.update(List.of(new BarChart.Bar("Bankjes", 1), new BarChart.Bar("Bomen", 3)))).isTrue();

        assertThat(chart.getChildren().filter(Svg.class::isInstance).findFirst()).containsSame(picture);
        assertThat(tableOf(chart)).isSameAs(table);
        assertThat(strict(svgOf(chart)).getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Meeste stemmen: Bomen met 75%. Totaal: 4.");
        var html = org.jsoup.Jsoup.parseBodyFragment(table.getElement().getOuterHTML());
        assertThat(html.select("tbody tr").get(0).select("td").eachText()).containsExactly("1", "25%");
        assertThat(html.select("tbody tr").get(1).select("td").eachText()).containsExactly("3", "75%");
        assertThat(chart.percentages()).containsExactly(25, 75);
    }

    @Test
    void otherBarsOrNoVotesAreNotAnUpdateAndChangeNothing() throws Exception {
        BarChart chart = new BarChart("Uitslag", "Keuze", "Stemmen",
                List.of(new BarChart.Bar("Bankjes", 2), new BarChart.Bar("Bomen", 1)));
        String before = chart.getElement().getOuterHTML();

        assertThat(chart.update(List.of(new BarChart.Bar("Bankjes", 2), new BarChart.Bar("Bloemen", 5)))).isFalse();
        assertThat(chart.update(List.of(new BarChart.Bar("Bankjes", 2)))).isFalse();
        assertThat(chart.update(List.of(new BarChart.Bar("Bankjes", 0), new BarChart.Bar("Bomen", 0)))).isFalse();
        assertThat(chart.getElement().getOuterHTML()).isEqualTo(before);

        BarChart empty = new BarChart("Uitslag", "Keuze", "Stemmen",
                List.of(new BarChart.Bar("Bankjes", 0), new BarChart.Bar("Bomen", 0)));
        assertThat(empty.update(List.of(new BarChart.Bar("Bankjes", 1), new BarChart.Bar("Bomen", 0)))).isFalse();
        assertThat(BrowserlessUi.text(empty)).contains("Nog niemand heeft gekozen.");
    }

    @Test
    void withoutVotesItSaysSoInsteadOfDrawingEmptyBars() {
        BarChart chart = new BarChart("Uitslag", "Keuze", "Stemmen",
                List.of(new BarChart.Bar("Speeltuin", 0), new BarChart.Bar("Bomen", 0)));
        assertThat(chart.getChildren().filter(Svg.class::isInstance)).isEmpty();
        assertThat(chart.getChildren().filter(NativeTable.class::isInstance)).isEmpty();
        assertThat(BrowserlessUi.text(chart)).isEqualTo("Er zijn nog geen resultaten. Nog niemand heeft gekozen.");

        assertThat(BrowserlessUi.text(new BarChart("Uitslag", "Keuze", "Stemmen", List.of())))
                .isEqualTo("Er zijn nog geen resultaten. Nog niemand heeft gekozen.");
    }

    private static List<BarChart.Bar> bars(long... counts) {
        return java.util.Arrays.stream(counts).mapToObj(count -> new BarChart.Bar("x" + count, count)).toList();
    }

    private static String svgOf(BarChart chart) {
        Svg svg = (Svg) chart.getChildren().filter(Svg.class::isInstance).findFirst().orElseThrow();
        return svg.getElement().getProperty("innerHTML");
    }

    private static NativeTable tableOf(BarChart chart) {
        return (NativeTable) chart.getChildren().filter(NativeTable.class::isInstance).findFirst().orElseThrow();
    }

    private static Document strict(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
