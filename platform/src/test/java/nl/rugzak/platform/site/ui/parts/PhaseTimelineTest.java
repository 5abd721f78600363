package nl.rugzak.platform.site.ui.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import nl.rugzak.tenantadmin.text.Texts;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PhaseTimelineTest {

    private static final List<PhaseTimeline.Phase> PHASES = List.of(
            new PhaseTimeline.Phase("Ideeën", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
            new PhaseTimeline.Phase("Stemmen", LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 30)),
            new PhaseTimeline.Phase("Uitvoering", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30)));

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
    void exactlyOnePhaseIsCurrentAndSaysSoInWords() {
        Elements phases = phases(PhaseTimeline.on(PHASES, LocalDate.of(2026, 4, 15)));
        assertThat(phases.select("[aria-current]")).hasSize(1);
        assertThat(phases.get(1).attr("aria-current")).isEqualTo("step");
        assertThat(phases.get(1).select(".rugzak-timeline-state").text()).isEqualTo("Nu");
        assertThat(phases.get(0).select(".rugzak-timeline-state").text()).isEqualTo("Klaar");
        assertThat(phases.get(2).select(".rugzak-timeline-state")).isEmpty();
        assertThat(phases.get(0).select(".rugzak-timeline-name").text()).isEqualTo("Ideeën");
        assertThat(phases.get(0).select(".rugzak-meta").text()).isEqualTo("1 maart 2026 tot en met 31 maart 2026");
    }

    @Test
    void aGapBetweenPhasesKeepsTheEarlierOneCurrent() {
        assertThat(PhaseTimeline.on(PHASES, LocalDate.of(2026, 4, 5)).current()).isZero();
    }

    @Test
    void beforeTheStartNothingIsCurrentAndAfterTheEndEverythingIsDone() {
        Elements before = phases(PhaseTimeline.on(PHASES, LocalDate.of(2026, 2, 1)));
        assertThat(before.select("[aria-current]")).isEmpty();
        assertThat(before.select(".rugzak-timeline-state")).isEmpty();

        Elements after = phases(PhaseTimeline.on(PHASES, LocalDate.of(2026, 10, 1)));
        assertThat(after.select("[aria-current]")).isEmpty();
        assertThat(after.select(".rugzak-timeline-state").eachText()).containsExactly("Klaar", "Klaar", "Klaar");
    }

    @Test
    void aPhaseWithoutEndStaysCurrentAndSaysFromWhen() {
        var open = List.of(new PhaseTimeline.Phase("Meedenken", LocalDate.of(2026, 3, 1), null));
        Elements phases = phases(PhaseTimeline.on(open, LocalDate.of(2027, 1, 1)));
        assertThat(phases.get(0).attr("aria-current")).isEqualTo("step");
        assertThat(phases.get(0).select(".rugzak-meta").text()).isEqualTo("Vanaf 1 maart 2026");
    }

    @Test
    void itSpeaksTheVisitorsLanguage() {
        UI.getCurrent().setLocale(Texts.ENGLISH);
        Elements phases = phases(new PhaseTimeline(PHASES, 1));
        assertThat(phases.get(1).select(".rugzak-timeline-state").text()).isEqualTo("Now");
        assertThat(phases.get(0).select(".rugzak-meta").text()).isEqualTo("1 March 2026 to 31 March 2026");
    }

    @Test
    void aCurrentPhaseOutsideTheListIsRefused() {
        assertThatThrownBy(() -> new PhaseTimeline(PHASES, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new PhaseTimeline(PHASES, -2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static Elements phases(PhaseTimeline timeline) {
        var html = Jsoup.parseBodyFragment(timeline.getElement().getOuterHTML());
        assertThat(html.select("ol.rugzak-timeline")).hasSize(1);
        return html.select("ol.rugzak-timeline > li");
    }
}
