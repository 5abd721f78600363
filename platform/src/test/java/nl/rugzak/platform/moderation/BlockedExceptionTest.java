package nl.rugzak.platform.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** A blocked resident reads the reason and the end date in their own language, the date written that language's way. */
class BlockedExceptionTest {

    private static ResidentBlock block(LocalDate until) {
        return new ResidentBlock(1, "sub", "Jan", "Schelden", until, Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void aBlockWithAnEndDateNamesTheDateInTheReadersLanguage() {
        BlockedException blocked = new BlockedException(block(LocalDate.of(2026, 12, 5)));
        assertThat(blocked.getMessage())
                .isEqualTo("U kunt op deze site tot en met 5 december 2026 niets plaatsen. Reden: Schelden");
        assertThat(blocked.messageIn(Texts.ENGLISH))
                .isEqualTo("You cannot post anything on this site until and including 5 December 2026. Reason: Schelden");
    }

    @Test
    void aBlockWithoutEndDateSaysItLasts() {
        BlockedException blocked = new BlockedException(block(null));
        assertThat(blocked.getMessage()).isEqualTo("U kunt op deze site niets meer plaatsen. Reden: Schelden");
        assertThat(blocked.messageIn(Texts.ENGLISH)).isEqualTo("You can no longer post anything on this site. Reason: Schelden");
    }
}
