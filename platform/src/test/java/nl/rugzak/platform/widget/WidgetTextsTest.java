package nl.rugzak.platform.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** The widget kinds the modules offer have their heading in every language; an unknown kind keeps its own. */
class WidgetTextsTest {

    @Test
    void everyKnownWidgetKindHasItsHeading() {
        assertThat(Widgets.heading(Texts.ENGLISH, source("initiatieven"))).isEqualTo("Latest initiatives");
        assertThat(Widgets.heading(Texts.ENGLISH, source("nieuws"))).isEqualTo("Latest news");
        assertThat(Widgets.heading(Texts.DUTCH, source("initiatieven"))).isEqualTo("Laatste initiatieven");
        assertThat(Widgets.heading(Texts.ENGLISH, source("onbekend"))).isEqualTo("Eigen kop");
    }

    @Test
    void aBadCountIsRefusedInTheEmbeddersLanguage() {
        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                nl.rugzak.tenantadmin.text.UserFacingException.class, () -> WidgetOptions.parse("21"));
        assertThat(refusal.getMessage()).isEqualTo("Het aantal moet een heel getal van 1 tot en met 20 zijn (nu: '21').");
        assertThat(refusal.messageIn(Texts.ENGLISH)).isEqualTo("The number must be a whole number from 1 to 20 (now: '21').");
    }

    private static WidgetSource source(String kind) {
        return new WidgetSource() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public String module() {
                return "initiatives";
            }

            @Override
            public String heading() {
                return "Eigen kop";
            }

            @Override
            public String overviewPath() {
                return "/";
            }

            @Override
            public List<Item> latest(int count) {
                return List.of();
            }
        };
    }
}
