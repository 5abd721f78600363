package nl.rugzak.platform.participation.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of a poll that need no database: its states by the clock, who sees results when, the checks on a draft. */
class PollsTest {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    static final Instant OPENS = NOW.minus(Duration.ofHours(1));
    static final Instant CLOSES = NOW.plus(Duration.ofDays(1));

    @Test
    void theStateFollowsTheClockAndTheExplicitSteps() {
        assertThat(PollStatus.of(false, OPENS, CLOSES, null, null, NOW)).isEqualTo(PollStatus.DRAFT);
        assertThat(PollStatus.of(true, NOW.plusSeconds(1), CLOSES, null, null, NOW)).isEqualTo(PollStatus.SCHEDULED);
        assertThat(PollStatus.of(true, OPENS, CLOSES, null, null, NOW)).isEqualTo(PollStatus.OPEN);
        assertThat(PollStatus.of(true, OPENS, NOW, null, null, NOW)).isEqualTo(PollStatus.CLOSED);
        assertThat(PollStatus.of(true, OPENS, CLOSES, NOW, null, NOW)).isEqualTo(PollStatus.CLOSED);
        assertThat(PollStatus.of(true, OPENS, CLOSES, NOW, NOW, NOW)).isEqualTo(PollStatus.ARCHIVED);
    }

    @Test
    void resultsShowOnlyWhenTheirSettingAllows() {
        for (ResultsVisibility visibility : ResultsVisibility.values()) {
            assertThat(visibility.shows(PollStatus.DRAFT, true)).isFalse();
            assertThat(visibility.shows(PollStatus.SCHEDULED, true)).isFalse();
            assertThat(visibility.shows(PollStatus.CLOSED, false)).isTrue();
            assertThat(visibility.showsToAll(PollStatus.ARCHIVED)).isTrue();
        }
        assertThat(ResultsVisibility.LIVE.showsToAll(PollStatus.OPEN)).isTrue();
        assertThat(ResultsVisibility.AFTER_VOTING.shows(PollStatus.OPEN, true)).isTrue();
        assertThat(ResultsVisibility.AFTER_VOTING.showsToAll(PollStatus.OPEN)).isFalse();
        assertThat(ResultsVisibility.AFTER_CLOSING.shows(PollStatus.OPEN, true)).isFalse();
    }

    @Test
    void aDraftIsTrimmedAndBadOnesNameTheirFields() {
        PollDraft clean = new PollDraft("  Welke naam?  ", null, List.of(PollDraft.OptionDraft.of(" Havenpark "),
                PollDraft.OptionDraft.of(""), PollDraft.OptionDraft.of("Julianapark")), false, 7, OPENS, CLOSES, null,
                false, null).checked();
        assertThat(clean.question()).isEqualTo("Welke naam?");
        assertThat(clean.options()).extracting(PollDraft.OptionDraft::label).containsExactly("Havenpark", "Julianapark");
        assertThat(clean.maxChoices()).isEqualTo(1);
        assertThat(clean.resultsVisibility()).isEqualTo(ResultsVisibility.AFTER_VOTING);

        assertThatThrownBy(() -> new PollDraft("Veel?", "", List.of(PollDraft.OptionDraft.of("a"),
                PollDraft.OptionDraft.of("b"), PollDraft.OptionDraft.of("c")), true, 4, OPENS, CLOSES, null, false,
                null).checked()).isInstanceOfSatisfying(InvalidPollException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("maxChoices"));
        assertThatThrownBy(() -> new PollDraft("", "", List.of(), false, 1, null, null, null, false, null).checked())
                .isInstanceOfSatisfying(InvalidPollException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("question", "options", "opensAt", "closesAt"));
    }

    @Test
    void theCsvCellOfATextThatLooksLikeAFormulaIsPlainText() {
        assertThat(PollExport.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(PollExport.cell("-1")).isEqualTo("'-1");
        assertThat(PollExport.cell("Havenpark")).isEqualTo("Havenpark");
    }
}
