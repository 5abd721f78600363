package nl.rugzak.platform.site.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.staff.ui.StaffHomeView;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.tenantadmin.text.Texts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A visitor who picked English reads the site's frame, home page and back-office in English, with no text key left
 * showing (a missing key renders as {@code !key!}); the widget and the shared-link tags follow the picked language.
 */
class SiteInEnglishIT extends IntegrationTest {

    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][a-z0-9-]*(\\.[a-z0-9-]+)+!");

    @Autowired
    ApplicationContext application;

    SiteUi site;

    @BeforeEach
    void identity() {
        awaitIdentity();
        site = new SiteUi(application);
    }

    @Test
    void aVisitorReadsTheHomePageInEnglish() {
        site.visit("voorbeeld", null, () -> {
            // The browserless UI opens on the home page; leave its layout so that the home page is built anew.
            UI.getCurrent().navigate("uitnodiging/geen");
            UI.getCurrent().setLocale(Texts.ENGLISH);
            UI.getCurrent().navigate("");
            String text = _get(SiteLayout.class).getElement().getTextRecursively();
            assertThat(text).contains("Skip to content", "Take part", "Latest news", "Log in", "made with Rugzak")
                    .doesNotContain("Doe mee", "Inloggen", "Naar de inhoud");
            // The modules name and describe themselves, and say what kind of thing happened, in English too.
            assertThat(text).contains("Resident initiatives", "Policy topics", "Residents put their own plans on the site")
                    // Which module's activity is latest depends on what other tests made; every kind reads English.
                    .containsAnyOf("New initiative · ", "News · ", "New poll · ", "Poll results · ", "New idea · ",
                            "New event · ", "New project · ", "Project completed · ", "Report of an event · ",
                            "Response from the municipality · ", "Results published · ", "Vote opened · ",
                            "Policy topic · ")
                    .doesNotContain("Bewonersinitiatieven", "Nieuw initiatief", "Nieuws · ", "Bewoners zetten");
            assertThat(MISSING_KEY.matcher(text).find()).as("a text key without a text in: " + text).isFalse();
            assertThat(_get(HomeView.class).getPageTitle()).startsWith("Take part in ");
        });
    }

    @Test
    void aTenantAdminReadsTheBackOfficeInEnglish() {
        for (String page : new String[] {"beheer", "beheer/paginas", "beheer/modules", "beheer/widget", "beheer/huisstijl"}) {
            site.visit("voorbeeld", "beheerder", () -> {
                UI.getCurrent().setLocale(Texts.ENGLISH);
                UI.getCurrent().navigate(page);
                String text = _get(StaffLayout.class).getElement().getTextRecursively();
                assertThat(text).as(page).contains("Overview", "Pages", "House style", "Billing", "Log out")
                        .doesNotContain("Overzicht", "Uitloggen");
                assertThat(MISSING_KEY.matcher(text).find()).as("a text key without a text on " + page + ": " + text)
                        .isFalse();
            });
        }
        site.visit("voorbeeld", "beheerder", () -> {
            UI.getCurrent().setLocale(Texts.ENGLISH);
            UI.getCurrent().navigate("beheer");
            assertThat(_get(StaffHomeView.class).getPageTitle()).isEqualTo("Management");
        });
        site.visit("voorbeeld", "beheerder", () -> {
            UI.getCurrent().setLocale(Texts.ENGLISH);
            UI.getCurrent().navigate("beheer/modules");
            assertThat(_find(com.vaadin.flow.component.checkbox.Checkbox.class)).extracting(box -> box.getLabel())
                    .contains("Resident initiatives", "Residents can support initiatives", "Residents can offer help")
                    .noneMatch(label -> label.startsWith("Bewoners"));
        });
        site.visit("voorbeeld", "beheerder", () -> {
            UI.getCurrent().setLocale(Texts.ENGLISH);
            UI.getCurrent().navigate("mijn/gegevens");
            String text = _get(SiteLayout.class).getElement().getTextRecursively();
            assertThat(text).contains("My data", "Download my data (JSON)", "Delete my account", "Profile");
            assertThat(MISSING_KEY.matcher(text).find()).as("a text key without a text in: " + text).isFalse();
        });
    }

    @Test
    void theSameBackOfficeStaysDutchByDefault() {
        site.visit("voorbeeld", "beheerder", () -> {
            UI.getCurrent().navigate("beheer");
            assertThat(_get(StaffLayout.class).getElement().getTextRecursively())
                    .contains("Overzicht", "Pagina's", "Huisstijl", "Uitloggen", "Dit wacht op u:");
        });
    }

    @Test
    void theWidgetAndTheSharedLinkTagsFollowThePickedLanguage() {
        Map<String, String> english = Map.of("Cookie", SiteLanguages.COOKIE + "=en");
        var widget = Jsoup.parse(site("voorbeeld.localhost").get("/widget/initiatieven", english).body());
        assertThat(widget.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(widget.text()).contains("Latest initiatives", "See everything on the site of");
        assertThat(site("voorbeeld.localhost").get("/widget/initiatieven?aantal=99", english).body())
                .contains("The number must be a whole number from 1 to 20");

        var home = Jsoup.parse(site("voorbeeld.localhost").get("/", english).body());
        assertThat(home.title()).startsWith("Take part in ");
        assertThat(home.selectFirst("meta[name=description]").attr("content")).startsWith("The participation site of ");
        var dutch = Jsoup.parse(site("voorbeeld.localhost").get("/").body());
        assertThat(dutch.title()).startsWith("Doe mee in ");
    }
}
