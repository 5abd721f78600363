package nl.rugzak.tenantadmin.theming.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.theming.ui.HuisstijlView;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.TenantThemes;
import nl.rugzak.tenantadmin.theming.ThemeAssetKind;
import nl.rugzak.tenantadmin.theming.ThemeDraft;
import nl.rugzak.tenantadmin.theming.ThemeVersion;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The theme editor as a person uses it, browserless (karibu), for lab staff and for a municipality's admin. */
class ThemeEditorIT extends IntegrationTest {

    private static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");
    private static final TenantId VOORBEELD = new TenantId("voorbeeld");

    @Autowired
    ApplicationContext context;
    @Autowired
    ThemeStore store;
    @Autowired
    TenantThemes themes;
    @Autowired
    nl.rugzak.tenantadmin.media.SafeImages safeImages;

    private void browserAs(String user, String role) {
        BrowserlessUi.openAs(context, user, role);
    }

    @AfterEach
    void closeBrowser() {
        BrowserlessUi.closeAs(context);
    }

    @Test
    void labStaffSeeFailingPairsWithANearestPassingColourAndCannotPublishThem() {
        PublishedTheme before = store.published(OOSTERHAVEN).orElseThrow();
        browserAs("labbeheer", "lab-admin");
        try {
            UI.getCurrent().navigate("tenantbeheer/gemeente/oosterhaven/huisstijl");
            ThemeEditor editor = _get(ThemeEditor.class);
            TextField text = _get(editor, TextField.class, spec -> spec.withLabel("Tekst"));
            _setValue(text, "#aaaaaa");
            assertThat(editor.contrast.getElement().getTextRecursively()).contains("Tekst op achtergrond").contains("nodig is 4,5 : 1");

            _click(_get(editor, Button.class, spec -> spec.withText("Publiceren")));
            assertThat(editor.message.getText()).contains("Publiceren kan niet").contains("Tekst op achtergrond");
            assertThat(store.published(OOSTERHAVEN).orElseThrow().version()).isEqualTo(before.version());

            Button suggestion = com.github.mvysny.kaributesting.v10.LocatorJ._find(editor.contrast, Button.class).stream()
                    .filter(b -> b.getText().startsWith("Gebruik #")).findFirst().orElseThrow();
            _click(suggestion);
            assertThat(text.getValue()).isNotEqualTo("#aaaaaa").matches("#[0-9a-f]{6}");
            assertThat(editor.contrast.getElement().getTextRecursively()).contains("Alle kleurcombinaties hebben genoeg contrast");
        } finally {
            asUser().run(() -> themes.saveDraft(OOSTERHAVEN, new ThemeDraft(before.tokens(), Map.of())), "lab-admin");
        }
    }

    @Test
    void inEnglishTheEditorSpeaksEnglishThroughout() {
        browserAs("labbeheer", "lab-admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("tenantbeheer/gemeente/oosterhaven/huisstijl");
        LabThemeView view = _get(LabThemeView.class);
        ThemeEditor editor = _get(ThemeEditor.class);
        TextField text = _get(editor, TextField.class, spec -> spec.withLabel("Text"));
        _setValue(text, "#aaaaaa");
        editor.importFile("{\"a\": 1".getBytes(StandardCharsets.UTF_8));

        String shown = view.getElement().getTextRecursively() + " " + view.getPageTitle() + " "
                + com.github.mvysny.kaributesting.v10.LocatorJ._find(editor, TextField.class).stream()
                        .map(field -> field.getLabel() + " " + field.getHelperText()).toList();
        assertThat(shown).contains("House style of", "Set up the house style", "Too little contrast",
                "Text on background: ", ", 4.5 : 1 is needed", "Nearest colour that does pass", "Hex code, for example", "This file is not valid JSON",
                "House style – Co-creation Lab", "Save as draft");
        assertThat(shown).doesNotContainPattern("![a-z][a-z0-9.-]+!").doesNotContain("Huisstijl instellen", "Opslaan");
    }

    @Test
    void aTenantAdminImportsTokensIntoThePreviewAndGetsAClearMessageForABadFile() {
        TenantContext.run(VOORBEELD, () -> {
            // The browser is on voorbeeld's site: the tenant comes from the host, as the request filter sets it.
            browserAs("beheerder", "tenant-admin");
            UI.getCurrent().navigate(HuisstijlView.class);
            ThemeEditor editor = _get(ThemeEditor.class);
            editor.importFile("""
                    {"utrecht": {"link": {"color": {"$type": "color", "$value": "#5a1a8a"}},
                                 "heading-1": {"color": {"$value": "#000000"}}}}""".getBytes(StandardCharsets.UTF_8));
            String report = editor.importReport.getElement().getTextRecursively();
            assertThat(report).contains("Overgenomen (1)").contains("utrecht.link.color → link = #5a1a8a")
                    .contains("Niet gebruikt (1)").contains("utrecht.heading-1.color: Rugzak gebruikt dit token niet");
            assertThat(_get(editor, TextField.class, spec -> spec.withLabel("Links")).getValue()).isEqualTo("#5a1a8a");

            editor.importFile("dit is geen json".getBytes(StandardCharsets.UTF_8));
            assertThat(editor.message.getText()).startsWith("Dit bestand is geen geldige JSON");
        });
    }

    /**
     * An image chosen in the editor is checked at once but stored only with "Opslaan als concept"; "Concept
     * weggooien" (after a confirmation) removes the draft and every image only it used, so nothing is left behind.
     */
    @Test
    void themeImagesAreStoredOnlyWithTheDraftAndADiscardedDraftLeavesNoOrphans() {
        TenantContext.run(VOORBEELD, () -> {
            browserAs("beheerder", "tenant-admin");
            {
                UI.getCurrent().navigate(HuisstijlView.class);
                ThemeEditor editor = _get(ThemeEditor.class);
                Integer publishedBefore = store.published(VOORBEELD).map(PublishedTheme::version).orElse(null);
                byte[] logo = SafeImagesFixture.png(48, 0x2A6F3C);
                byte[] hero = SafeImagesFixture.png(64, 0x123456);
                String logoSha = sha256(safeImages.rasterOrSvg(logo, ThemeAssetKind.LOGO.maxBytes()).bytes());
                String heroSha = sha256(safeImages.raster(hero, ThemeAssetKind.HERO.maxBytes()).bytes());

                editor.useImage(ThemeAssetKind.LOGO, logo);
                assertThat(editor.message.getText()).contains("Logo");
                assertThat(store.asset(VOORBEELD, logoSha)).as("nothing stored before the draft is saved").isEmpty();

                _click(_get(editor, Button.class, spec -> spec.withText("Opslaan als concept")));
                ThemeVersion draft = store.draft(VOORBEELD).orElseThrow();
                assertThat(draft.assets()).containsEntry(ThemeAssetKind.LOGO, logoSha);
                assertThat(store.asset(VOORBEELD, logoSha)).isPresent();

                editor.useImage(ThemeAssetKind.HERO, hero);
                _click(_get(editor, Button.class, spec -> spec.withText("Concept weggooien")));
                ConfirmDialog confirm = _get(ConfirmDialog.class);
                assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Concept weggooien?");
                ConfirmDialogKt._fireConfirm(confirm);

                assertThat(store.draft(VOORBEELD)).isEmpty();
                assertThat(store.asset(VOORBEELD, logoSha)).as("the draft's own logo is gone with it").isEmpty();
                assertThat(store.asset(VOORBEELD, heroSha)).isEmpty();
                java.util.Set<String> named = new java.util.HashSet<>();
                store.versions(VOORBEELD).forEach(version -> named.addAll(version.assets().values()));
                assertThat(store.assets(VOORBEELD)).as("no image without a version").allSatisfy(asset ->
                        assertThat(named).contains(asset.sha256()));
                assertThat(store.published(VOORBEELD).map(PublishedTheme::version).orElse(null)).isEqualTo(publishedBefore);
                assertThat(editor.message.getText()).isEqualTo("Het concept is weggegooid.");
            }
        });
    }

    /**
     * A real NL Design System token file: about 2 MB, several brands, thousands of tokens. It is accepted, the admin
     * chooses the brand, and the report is grouped with counts instead of one line per token.
     */
    @Test
    void aTwoMegabyteMultiBrandTokenFileIsImportedForTheChosenBrandWithAGroupedReport() {
        byte[] file = MultiBrandTokenFile.generate();
        assertThat(file.length).isBetween(2_000_000, 3_000_000);
        TenantContext.run(VOORBEELD, () -> {
            browserAs("beheerder", "tenant-admin");
            UI.getCurrent().navigate(HuisstijlView.class);
            ThemeEditor editor = _get(ThemeEditor.class);
            editor.importFile(file);

            @SuppressWarnings("unchecked")
            Select<String> brand = _get(editor, Select.class, spec -> spec.withLabel("Welk merk of thema?"));
            assertThat(brand.getListDataView().getItems().toList())
                    .containsExactly("gemeente-oosterhaven", "gemeente-voorbeeld", "gemeente-westkust");
            _setValue(brand, "gemeente-westkust");
            _click(_get(editor, Button.class, spec -> spec.withText("Dit merk importeren")));

            assertThat(_get(editor, TextField.class, spec -> spec.withLabel("Links")).getValue())
                    .isEqualTo(MultiBrandTokenFile.LINK_OF.get("gemeente-westkust"));
            var groups = com.github.mvysny.kaributesting.v10.LocatorJ._find(editor.importReport, Details.class);
            assertThat(groups).extracting(Details::getSummaryText).anySatisfy(text -> assertThat(text).matches("Overgenomen \\(\\d+\\)"))
                    .anySatisfy(text -> assertThat(text).matches("Niet gebruikt \\(\\d{3,}\\)"))
                    .anySatisfy(text -> assertThat(text).matches("Overschreven door een ander token \\(\\d+\\)"));
            String report = editor.importReport.getElement().getTextRecursively();
            assertThat(report).contains("utrecht.link.color → link = " + MultiBrandTokenFile.LINK_OF.get("gemeente-westkust"));
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(editor.importReport,
                    com.vaadin.flow.component.html.ListItem.class)).as("grouped, not one line per token").hasSizeLessThan(200);
        });
    }

    @Test
    void aTokenFileOverTheLimitIsRefusedWithTheLimitInTheMessage() {
        TenantContext.run(VOORBEELD, () -> {
            browserAs("beheerder", "tenant-admin");
            UI.getCurrent().navigate(HuisstijlView.class);
            ThemeEditor editor = _get(ThemeEditor.class);
            byte[] huge = new byte[11 * 1024 * 1024];
            java.util.Arrays.fill(huge, (byte) ' ');
            huge[0] = '{';
            huge[huge.length - 1] = '}';
            editor.importFile(huge);
            assertThat(editor.message.getText()).contains("te groot").contains("10 MB");
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
