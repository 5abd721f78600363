package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every public page of both demo municipalities, each in its own theme (so a theme cannot hide a contrast failure),
 * passes the gate; the main pages also a keyboard pass. Then a visitor switches to English, and the choice stays.
 */
class PublicPagesBrowserIT extends BrowserJourney {

    @ParameterizedTest
    @ValueSource(strings = {"voorbeeld", "oosterhaven"})
    void publicPagesPassTheGateInEitherTheme(String tenant) {
        startAnonymous("public-" + tenant);
        browser.open(siteUrl(tenant) + "/");
        gate.check("home");
        gate.keyboardPass("home");
        for (String path : new String[] {"/initiatieven", "/themas", "/nieuws", "/pagina/toegankelijkheid",
                "/pagina/privacy", "/pagina/contact"}) {
            browser.open(siteUrl(tenant) + path);
            gate.check(path.substring(1).replace('/', '-'));
        }
        browser.open(siteUrl(tenant) + "/initiatieven");
        WebElement first = browser.find(By.xpath("//main//a[contains(@href, 'initiatieven/') and translate(substring-after(@href, 'initiatieven/'), '0123456789', '') = '']"));
        browser.reachAndPress(first, org.openqa.selenium.Keys.ENTER);
        gate.check("initiative");
        gate.keyboardPass("initiative");
        browser.open(siteUrl(tenant) + "/themas");
        browser.reachAndPress(browser.find(By.xpath("//main//a[contains(@href, 'themas/') and translate(substring-after(@href, 'themas/'), '0123456789', '') = '']")), org.openqa.selenium.Keys.ENTER);
        gate.check("topic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"oosterhaven"})
    void aVisitorSwitchesToEnglishAndTheChoiceIsRemembered(String tenant) {
        startAnonymous("english-" + tenant);
        browser.open(siteUrl(tenant) + "/initiatieven");
        browser.reachAndPress(browser.find(By.cssSelector("a[hreflang='en']")), org.openqa.selenium.Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/initiatieven");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.text()).contains("Log in").doesNotContain("Inloggen");
        gate.check("initiatives-english");
        browser.open(siteUrl(tenant) + "/");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        gate.check("home-english");
        gate.keyboardPass("home-english");
        browser.reachAndPress(browser.find(By.cssSelector("a[hreflang='nl']")), org.openqa.selenium.Keys.ENTER);
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("nl");
        assertThat(browser.text()).contains("Inloggen");
    }
}
