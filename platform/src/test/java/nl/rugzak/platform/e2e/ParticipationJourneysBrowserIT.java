package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Reports;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.TenantThemes;
import nl.rugzak.tenantadmin.theming.ThemeDraft;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One initiative's life in Gemeente Voorbeeldstad, as the people involved live it, each in their own browser: a
 * resident starts it with a photo and takes part in another; an editor answers and moves its status; a moderator
 * deals with a report; the municipality's admin changes the theme and looks at the languages. Each journey makes
 * what it works on itself (through the services) and puts back what it changes of the demo municipality, so the
 * journeys can run in any order, alone or together, and leave Voorbeeldstad as they found it.
 */
class ParticipationJourneysBrowserIT extends BrowserJourney {

    private static final TenantId VOORBEELD = new TenantId("voorbeeld");
    // Words no other test uses ("bankjes", "zitplekken", "picknicktafels"): the journeys share the demo site with them.
    private static final String TITLE = "Boekenruilkast langs de Lindegracht";
    private static final String COMMENT = "Goed plan, ik help graag mee met sjouwen.";
    private static final String RESIDENTS_REPORT = "Een bewoner test het melden: niets aan de hand.";
    private static final String REPORT = "Test van een melding: dit is eigenlijk prima.";

    @Autowired
    DemoUsers users;
    @Autowired
    Initiatives initiatives;
    @Autowired
    Reports reports;
    @Autowired
    TenantThemes themes;
    @Autowired
    ThemeStore themeStore;

    @Test
    void residentStartsAnInitiativeWithAPhotoAndTakesPartInAnother() throws IOException {
        start("resident");
        publishedInitiative("buurvrouw", "Moestuin achter de bibliotheek");
        browser.open(siteUrl("voorbeeld") + "/");
        gate.check("home");
        follow("Bewonersinitiatieven");
        gate.check("initiatives");
        logIn("bewoner");
        assertThat(browser.text()).contains("Uitloggen");
        gate.check("logged-in");

        browser.open(siteUrl("voorbeeld") + "/initiatieven/nieuw");
        gate.check("new-initiative");
        gate.keyboardPass("new-initiative");
        type("Titel", TITLE);
        type("Korte samenvatting (een of twee zinnen)", "Een plek om te rusten voor ouderen langs het water.");
        type("Beschrijving", "Langs de gracht is nergens een bank. Wij willen er vijf, samen met de buurt gemaakt.");
        type("Buurt of plek", "Lindegracht");
        press("Opslaan");
        waitFor(() -> browser.path().matches("/initiatieven/\\d+"));
        String initiativePath = browser.path();
        gate.check("draft");

        follow("Wijzigen en foto's");
        type("Wat staat er op de foto? (voor wie hem niet kan zien)", "Een houten bank onder een linde");
        WebElement upload = browser.find(By.tagName("vaadin-upload"));
        browser.reach(upload);
        WebElement fileInput = (WebElement) browser.script(
                "const u = arguments[0]; return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');",
                upload);
        fileInput.sendKeys(photo().toString());
        waitFor(() -> browser.text().contains("De foto is toegevoegd."));
        assertThat(browser.driver().findElements(By.cssSelector("img[alt='Een houten bank onder een linde']"))).isNotEmpty();
        gate.check("photo-added");

        browser.open(siteUrl("voorbeeld") + initiativePath);
        press("Indienen");
        waitFor(() -> !browser.isPresent(By.xpath("//vaadin-button[normalize-space(.)='Indienen']")));
        gate.check("submitted");

        // Found by searching, as a resident would: other tests add many initiatives to the same demo site.
        browser.open(siteUrl("voorbeeld") + "/initiatieven?zoek=Moestuin");
        follow("Moestuin achter de bibliotheek");
        gate.check("other-initiative");
        gate.keyboardPass("other-initiative");
        press("Steun dit initiatief");
        waitFor(() -> browser.text().contains("Bedankt voor uw steun!"));
        gate.check("supported");
        press("Volgen");
        waitFor(() -> browser.isPresent(By.xpath("//vaadin-button[normalize-space(.)='Niet meer volgen']")));
        gate.check("following");
        type("Uw reactie", COMMENT);
        press("Plaatsen");
        waitFor(() -> browser.text().contains(COMMENT));
        gate.check("commented");

        // A resident reports someone else's initiative (one's own comment has no report button).
        WebElement report = browser.find(By.xpath("//section//vaadin-button[normalize-space(.)='Melden']"));
        browser.reachAndPress(report, Keys.ENTER);
        WebElement reason = field("Waarom meldt u dit?");
        gate.check("report-dialog");
        browser.typeInto(reason, RESIDENTS_REPORT);
        browser.reachAndPress(browser.find(By.xpath("//vaadin-dialog-overlay//vaadin-button[normalize-space(.)='Melden'] "
                + "| //vaadin-dialog//vaadin-button[normalize-space(.)='Melden']")), Keys.ENTER);
        waitFor(() -> !browser.isPresent(By.cssSelector("vaadin-dialog[opened], vaadin-dialog-overlay[opened]")));
        gate.check("reported");
    }

    @Test
    void editorAnswersAndMovesTheStatus() {
        start("editor");
        String initiativePath = "/initiatieven/" + publishedInitiative("buurvrouw", "Zitbanken op het Wilhelminaplein");
        browser.open(siteUrl("voorbeeld") + "/");
        logIn("redacteur");
        browser.open(siteUrl("voorbeeld") + "/beheer");
        gate.check("back-office");
        gate.keyboardPass("back-office");
        browser.open(siteUrl("voorbeeld") + "/beheer/initiatieven");
        gate.check("initiatives-admin");
        browser.open(siteUrl("voorbeeld") + initiativePath);
        gate.check("initiative-as-staff");
        type("Reactie van de gemeente", "Dank u wel! We kijken met de buurt naar de beste plekken.");
        press("Reactie plaatsen");
        waitFor(() -> browser.text().contains("We kijken met de buurt naar de beste plekken."));
        gate.check("responded");

        WebElement status = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (WebElement) browser.script(
                "return [...document.querySelectorAll('vaadin-select')].find(s => s.label === 'Nieuwe status') || null;"));
        browser.reachAndPress(status, Keys.ENTER);
        waitFor(() -> browser.isPresent(By.cssSelector("vaadin-select-item")));
        browser.press(Keys.ARROW_DOWN);
        browser.press(Keys.ENTER);
        browser.settle();
        type("Reden (de indiener leest dit)", "De gemeente gaat hierover in gesprek met de buurt.");
        press("Status wijzigen");
        waitFor(() -> browser.text().contains("De gemeente gaat hierover in gesprek met de buurt."));
        gate.check("status-changed");
    }

    @Test
    void moderatorHandlesTheReport() {
        start("moderator");
        long reported = publishedInitiative("buurvrouw", "Bloembakken in de Kerkstraat");
        users.ensureResident("voorbeeld", "melder");
        users.run("voorbeeld", "melder", () -> reports.report(new ContentRef(InitiativesModule.ID, reported), REPORT));
        browser.open(siteUrl("voorbeeld") + "/");
        logIn("moderator");
        browser.open(siteUrl("voorbeeld") + "/beheer/moderatie");
        waitFor(() -> browser.text().contains(REPORT));
        gate.check("moderation-queue");
        WebElement dismiss = browser.find(By.xpath("//*[contains(normalize-space(.), \"" + REPORT
                + "\")]/ancestor-or-self::*[.//vaadin-button[normalize-space(.)='Afhandelen zonder actie']][1]"
                + "//vaadin-button[normalize-space(.)='Afhandelen zonder actie']"));
        browser.reachAndPress(dismiss, Keys.ENTER);
        WebElement reason = browser.find(By.xpath("//vaadin-dialog-overlay//textarea | //vaadin-dialog//textarea"));
        gate.check("dismiss-dialog");
        browser.typeInto(reason, "Bekeken: het initiatief houdt zich aan de regels.");
        browser.reachAndPress(browser.find(By.xpath("//vaadin-dialog-overlay//vaadin-button[normalize-space(.)='Afhandelen'] "
                + "| //vaadin-dialog//vaadin-button[normalize-space(.)='Afhandelen']")), Keys.ENTER);
        waitFor(() -> browser.text().contains("De melding is afgehandeld."));
        gate.check("report-handled");
    }

    @Test
    void tenantAdminChangesTheThemeAndTheLanguages() {
        PublishedTheme before = themeStore.published(VOORBEELD).orElseThrow();
        try {
            start("tenant-admin");
            browser.open(siteUrl("voorbeeld") + "/");
            logIn("beheerder");
            browser.open(siteUrl("voorbeeld") + "/beheer/huisstijl");
            gate.check("theme-editor");
            WebElement radius = field("Afronding van hoeken (pixels)");
            browser.reach(radius);
            browser.press(Keys.chord(Keys.CONTROL, "a"));
            browser.press("6");
            browser.press(Keys.TAB);
            browser.settle();
            press("Opslaan als concept");
            gate.check("theme-draft-saved");
            press("Publiceren");
            waitFor(() -> browser.text().contains("gepubliceerd"));
            gate.check("theme-published");
            assertThat(themeStore.published(VOORBEELD).orElseThrow().css()).isNotEqualTo(before.css());

            browser.open(siteUrl("voorbeeld") + "/beheer/talen");
            gate.check("languages");
            browser.open(siteUrl("voorbeeld") + "/beheer/paginas");
            gate.check("pages");
        } finally {
            putBack(before);
        }
        assertThat(themeStore.published(VOORBEELD).orElseThrow().css()).isEqualTo(before.css());
        assertThat(themeStore.draft(VOORBEELD)).isEmpty();
    }

    /** Voorbeeldstad's theme as it was, for the other journeys and tests that check it (e.g. its contrast). */
    private void putBack(PublishedTheme before) {
        asUser().run(() -> {
            if (themeStore.draft(VOORBEELD).isPresent()) {
                // Stopped between saving and publishing: publishing the old look closes the open draft too.
                Map<nl.rugzak.tenantadmin.theming.ThemeAssetKind, String> assets = before.assets().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sha256()));
                themes.saveDraft(VOORBEELD, new ThemeDraft(before.tokens(), assets));
                themes.publishDraft(VOORBEELD);
            } else {
                themes.revert(VOORBEELD, before.version());
            }
        }, "lab-admin");
    }

    /** An initiative of this journey's own, public at once (post-moderation, the default). Returns its id. */
    private long publishedInitiative(String owner, String title) {
        awaitIdentity();
        users.ensureResident("voorbeeld", owner);
        return users.as("voorbeeld", owner, () -> {
            long id = initiatives.create(new InitiativeDraft(title, "Voor de buurt, met de buurt.",
                    "Wij willen dit graag samen met de buurt doen.", "Centrum", null, "Handen en tijd", false));
            initiatives.submit(id);
            return id;
        });
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            browser.settle();
            return condition.getAsBoolean();
        });
    }

    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x6b8e23));
        g.fillRect(0, 0, 640, 400);
        g.setColor(new Color(0x8b5a2b));
        g.fillRect(160, 220, 320, 40);
        g.dispose();
        Path file = Files.createTempFile("bank-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
