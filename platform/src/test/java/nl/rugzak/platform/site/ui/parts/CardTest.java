package nl.rugzak.platform.site.ui.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.tenantadmin.text.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardTest {

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
    void theTitleIsTheOnlyLinkInsideAHeadingOfTheLevelAsked() {
        Document h2 = html(new Card(Card.Level.H2, "Speeltuin Parkweg", "/peilingen/7").summary("Kies het ontwerp."));
        assertThat(h2.select("li.rugzak-card > h2 > a[href=/peilingen/7]").text()).isEqualTo("Speeltuin Parkweg");
        assertThat(h2.select("a")).hasSize(1);
        assertThat(h2.select("h3")).isEmpty();

        Document h3 = html(new Card(Card.Level.H3, "Speeltuin Parkweg", "/peilingen/7"));
        assertThat(h3.select("li > h3 > a").text()).isEqualTo("Speeltuin Parkweg");
        assertThat(h3.select("h2")).isEmpty();
    }

    @Test
    void imagesAlwaysCarryAltAndADecorativeOneAnEmptyAlt() {
        Document described = html(new Card(Card.Level.H2, "Bankjes", "/x").image("/img/1", "Drie bankjes op het plein"));
        assertThat(described.select("img").attr("alt")).isEqualTo("Drie bankjes op het plein");

        Document decorative = html(new Card(Card.Level.H2, "Bankjes", "/x").image("/img/1", ""));
        assertThat(decorative.select("img").hasAttr("alt")).as("alt=\"\" present, so readers skip it").isTrue();
        assertThat(decorative.select("img").attr("alt")).isEmpty();

        assertThatThrownBy(() -> new Card(Card.Level.H2, "Bankjes", "/x").image("/img/1", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void badgeAndMetaLineSayWhereItStandsInWords() {
        Card card = new Card(Card.Level.H3, "Bankjes", "/x")
                .status(new StatusBadge("Open", StatusBadge.Tone.SUCCESS))
                .meta("3 maart 2026", "", null, "Centrum");
        Document html = html(card);
        assertThat(html.select(".rugzak-badge.rugzak-badge-success").text()).isEqualTo("Open");
        assertThat(html.select(".rugzak-meta").text()).isEqualTo("3 maart 2026 · Centrum");
        assertThat(new StatusBadge("Gesloten", StatusBadge.Tone.CLOSED).getClassNames())
                .containsExactlyInAnyOrder("rugzak-badge", "rugzak-badge-closed");
    }

    @Test
    void textFromResidentsIsShownAsTextNeverAsMarkup() {
        String hostile = "<img src=x onerror=alert(1)> & \"";
        Card card = new Card(Card.Level.H2, hostile, "/x").summary(hostile).meta(hostile);
        assertThat(BrowserlessUi.assertNoScriptCanRun(card)).contains(hostile);
    }

    @Test
    void cardsFormOneListWithTheSitesCardStyle() {
        CardList list = new CardList(new Card(Card.Level.H2, "A", "/a"), new Card(Card.Level.H2, "B", "/b"));
        Document html = html(list);
        assertThat(html.select("ul.rugzak-cards > li.rugzak-card")).hasSize(2);
    }

    @Test
    void anEmptyStateSaysSoAndOffersOneAction() {
        Document plain = html(new EmptyState("Er zijn nog geen peilingen."));
        assertThat(plain.text()).isEqualTo("Er zijn nog geen peilingen.");
        assertThat(plain.select("a")).isEmpty();

        Document action = html(new EmptyState("Nog geen ideeën.", "Deel het eerste idee", "/ideeen/nieuw"));
        assertThat(action.select(".rugzak-empty a[href=/ideeen/nieuw]").text()).isEqualTo("Deel het eerste idee");
    }

    private static Document html(Component component) {
        return Jsoup.parseBodyFragment(component.getElement().getOuterHTML());
    }
}
