package nl.rugzak.platform.site.ui.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import nl.rugzak.tenantadmin.text.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

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
    void theBarReportsValueAndMaximumAndIsNamedByItsText() {
        ProgressBar progress = new ProgressBar(12_000, 50_000, ProgressBar.euros(Texts.DUTCH, 12_000, 50_000));
        var html = Jsoup.parseBodyFragment(progress.getElement().getOuterHTML());
        Element bar = html.selectFirst("[role=progressbar]");
        assertThat(bar.attr("aria-valuemin")).isEqualTo("0");
        assertThat(bar.attr("aria-valuemax")).isEqualTo("50000");
        assertThat(bar.attr("aria-valuenow")).isEqualTo("12000");
        assertThat(html.getElementById(bar.attr("aria-labelledby")).text()).isEqualTo("€ 12.000 van € 50.000 besteed");
        assertThat(progress.isOverLimit()).isFalse();
        assertThat(html.select(".rugzak-progress-over-limit")).isEmpty();
    }

    @Test
    void overTheLimitTheBarIsFullAndTheWordsSaySo() {
        ProgressBar progress = new ProgressBar(10, 50, "10 van 50");
        progress.update(60_000, 50_000, ProgressBar.euros(Texts.DUTCH, 60_000, 50_000));
        var html = Jsoup.parseBodyFragment(progress.getElement().getOuterHTML());
        Element bar = html.selectFirst("[role=progressbar]");
        assertThat(progress.isOverLimit()).isTrue();
        assertThat(bar.attr("aria-valuenow")).as("within min..max, as ARIA requires").isEqualTo("50000");
        assertThat(html.getElementById(bar.attr("aria-labelledby")).text())
                .isEqualTo("€ 60.000 van € 50.000 besteed Meer dan het maximum");
        assertThat(html.select(".rugzak-progress-over-limit")).hasSize(1);

        progress.update(40_000, 50_000, ProgressBar.euros(Texts.DUTCH, 40_000, 50_000));
        html = Jsoup.parseBodyFragment(progress.getElement().getOuterHTML());
        assertThat(progress.isOverLimit()).isFalse();
        assertThat(html.select(".rugzak-progress-over-limit")).isEmpty();
        assertThat(html.getElementById(html.selectFirst("[role=progressbar]").attr("aria-labelledby")).text())
                .isEqualTo("€ 40.000 van € 50.000 besteed");
    }

    @Test
    void onlyWhenAskedIsTheTextALiveRegion() {
        var quiet = Jsoup.parseBodyFragment(new ProgressBar(1, 2, "1 van 2").getElement().getOuterHTML());
        assertThat(quiet.select("[aria-live]")).isEmpty();

        var live = Jsoup.parseBodyFragment(new ProgressBar(1, 2, "1 van 2").announceChanges().getElement().getOuterHTML());
        Element region = live.selectFirst("[aria-live]");
        assertThat(region.attr("aria-live")).isEqualTo("polite");
        assertThat(region.text()).isEqualTo("1 van 2");
    }

    @Test
    void euroAmountsAreWrittenTheWayTheReaderExpects() {
        assertThat(ProgressBar.euros(Texts.ENGLISH, 12_000, 50_000)).isEqualTo("€12,000 of €50,000 spent");
    }

    @Test
    void aTargetOfZeroIsRefused() {
        assertThatThrownBy(() -> new ProgressBar(1, 0, "1 van 0")).isInstanceOf(IllegalArgumentException.class);
    }
}
