package nl.rugzak.platform.participation.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The door list is opened in spreadsheets: names that look like formulas stay text. */
class DoorListTest {

    @Test
    void theDoorListNeutralisesFormulas() {
        assertThat(DoorList.spreadsheetSafe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(DoorList.spreadsheetSafe("@Jan")).isEqualTo("'@Jan");
        assertThat(DoorList.spreadsheetSafe("Jan de Vries")).isEqualTo("Jan de Vries");
    }
}
