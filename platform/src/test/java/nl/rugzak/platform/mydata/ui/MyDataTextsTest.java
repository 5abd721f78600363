package nl.rugzak.platform.mydata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** The export's Dutch section and column names are shown in the reader's language; unknown ones stay readable. */
class MyDataTextsTest {

    @Test
    void sectionsAndColumnsAreNamedInTheReadersLanguage() {
        assertThat(MyDataView.heading(Texts.ENGLISH, "steun_voor_reacties")).isEqualTo("Support for comments");
        assertThat(MyDataView.heading(Texts.DUTCH, "steun_voor_reacties")).isEqualTo("Steun voor reacties");
        assertThat(MyDataView.heading(Texts.ENGLISH, "nieuwe_sectie")).isEqualTo("Nieuwe sectie");
        assertThat(MyDataView.column(Texts.ENGLISH, "laatst_ingelogd_op")).isEqualTo("last logged in on");
        assertThat(MyDataView.column(Texts.DUTCH, "laatst_ingelogd_op")).isEqualTo("laatst ingelogd op");
        assertThat(MyDataView.column(Texts.DUTCH, "onbekend_veld")).isEqualTo("onbekend veld");
    }
}
