package nl.rugzak.platform.theming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import nl.rugzak.platform.site.SiteShell;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.TenantThemes;
import nl.rugzak.tenantadmin.theming.ThemeAssetKind;
import nl.rugzak.tenantadmin.theming.ThemeDraft;
import nl.rugzak.tenantadmin.theming.ThemeException;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import nl.rugzak.themes.tokens.Colour;
import nl.rugzak.themes.tokens.ColourToken;
import nl.rugzak.themes.tokens.ThemeTokens;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The tenant's theme as residents' browsers get it, and who may change it. */
class ThemeServingIT extends IntegrationTest {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"(/huisstijl/thema-[0-9a-f]+\\.css)\"");
    private static final TenantId VOORBEELD = new TenantId("voorbeeld");
    private static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    ThemeStore store;
    @Autowired
    TenantThemes themes;

    @Test
    void twoTenantsGetDifferentStylesheetsLinkedInTheInitialHtmlAndCachedByHash() {
        String voorbeeld = stylesheetOf("voorbeeld.localhost");
        String oosterhaven = stylesheetOf("oosterhaven.localhost");
        assertThat(voorbeeld).isNotEqualTo(oosterhaven);

        HttpResponse<String> css = site("voorbeeld.localhost").get(voorbeeld);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).contains("max-age=31536000").contains("immutable").contains("public"));
        assertThat(css.body()).contains("--rugzak-color-primary: #0a5c36;").doesNotContain("#7a1f5c");
        assertThat(site("oosterhaven.localhost").get(oosterhaven).body()).contains("--rugzak-color-primary: #7a1f5c;");

        String etag = css.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = site("voorbeeld.localhost").get(voorbeeld, Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        // Another tenant's stylesheet does not exist at this host, nor at the admin host.
        assertThat(site("oosterhaven.localhost").get(voorbeeld).statusCode()).isEqualTo(404);
        assertThat(site("admin.localhost").get(voorbeeld).statusCode()).isEqualTo(404);
    }

    @Test
    void aPublishedChangeShowsOnTheNextPageLoadAndRevertRestoresExactly() {
        PublishedTheme before = store.published(VOORBEELD).orElseThrow();
        String linkedBefore = stylesheetOf("voorbeeld.localhost");
        assertThat(linkedBefore).isEqualTo(before.stylesheetPath());

        ThemeTokens changed = before.tokens().with(ColourToken.PRIMARY, Colour.parse("#0b4f8a")).withRadius(0);
        int version = asUser().withRoles(() -> {
            themes.saveDraft(VOORBEELD, new ThemeDraft(changed, Map.of()));
            return themes.publishDraft(VOORBEELD);
        }, "lab-admin");
        String linkedAfter = stylesheetOf("voorbeeld.localhost");
        assertThat(linkedAfter).isNotEqualTo(linkedBefore);
        assertThat(site("voorbeeld.localhost").get(linkedAfter).body()).contains("--rugzak-color-primary: #0b4f8a;")
                .contains("--rugzak-radius: 0px;");
        assertThat(store.published(VOORBEELD).orElseThrow().version()).isEqualTo(version);

        asUser().run(() -> themes.revert(VOORBEELD, before.version()), "lab-admin");
        PublishedTheme reverted = store.published(VOORBEELD).orElseThrow();
        assertThat(reverted.tokens()).isEqualTo(before.tokens());
        assertThat(reverted.css()).isEqualTo(before.css());
        assertThat(stylesheetOf("voorbeeld.localhost")).isEqualTo(linkedBefore);
    }

    @Test
    void aMunicipalitysOwnIconReplacesRugzaksOnItsOwnPagesOnly() throws IOException {
        PublishedTheme before = store.published(VOORBEELD).orElseThrow();
        byte[] png = png();
        var icon = asUser().withRoles(() -> themes.upload(VOORBEELD, ThemeAssetKind.FAVICON, png), "lab-admin");
        try {
            asUser().run(() -> {
                themes.saveDraft(VOORBEELD, new ThemeDraft(before.tokens(), Map.of(ThemeAssetKind.FAVICON, icon.sha256())));
                themes.publishDraft(VOORBEELD);
            }, "lab-admin");

            assertThat(Jsoup.parse(site("voorbeeld.localhost").get("/").body()).select("link[rel~=icon]"))
                    .extracting(link -> link.attr("href")).containsExactly(icon.path());
            assertThat(bytes("voorbeeld.localhost", icon.path()).statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(site("oosterhaven.localhost").get("/").body()).select("link[rel~=icon]"))
                    .extracting(link -> link.attr("href")).containsExactly(SiteShell.DEFAULT_ICON);
        } finally {
            asUser().run(() -> themes.revert(VOORBEELD, before.version()), "lab-admin");
        }
        assertThat(Jsoup.parse(site("voorbeeld.localhost").get("/").body()).select("link[rel~=icon]"))
                .extracting(link -> link.attr("href")).containsExactly(SiteShell.DEFAULT_ICON);
    }

    @Test
    void aThemeBelowAaCannotBePublished() {
        PublishedTheme before = store.published(OOSTERHAVEN).orElseThrow();
        ThemeTokens pale = before.tokens().with(ColourToken.TEXT, Colour.parse("#bbbbbb"));
        asUser().run(() -> themes.saveDraft(OOSTERHAVEN, new ThemeDraft(pale, Map.of())), "lab-admin");
        assertThatThrownBy(() -> asUser().run(() -> themes.publishDraft(OOSTERHAVEN), "lab-admin"))
                .isInstanceOfSatisfying(ThemeException.class, e -> {
                    assertThat(e.getMessage()).contains("contrast").contains("Tekst op achtergrond");
                    assertThat(e.contrastFailures()).anySatisfy(f -> {
                        assertThat(f.pair().id()).isEqualTo("text-on-background");
                        assertThat(f.ratio()).isLessThan(4.5);
                    });
                });
        assertThat(store.published(OOSTERHAVEN).orElseThrow().version()).isEqualTo(before.version());
        assertThat(stylesheetOf("oosterhaven.localhost")).isEqualTo(before.stylesheetPath());
        // Leave a passing draft behind, so the demo tenant is not left with a pale draft.
        asUser().run(() -> themes.saveDraft(OOSTERHAVEN, new ThemeDraft(before.tokens(), Map.of())), "lab-admin");
    }

    @Test
    void imagesAreServedCheckedAndOnlyFromTheTenantsOwnHost() throws IOException {
        byte[] png = withExif(png());
        var logo = asUser().withRoles(() -> themes.upload(VOORBEELD, ThemeAssetKind.LOGO, png), "lab-admin");

        HttpResponse<byte[]> served = bytes("voorbeeld.localhost", logo.path());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).doesNotContain("geheim").doesNotContain("eXIf");

        assertThat(bytes("oosterhaven.localhost", logo.path()).statusCode()).isEqualTo(404);
        assertThat(bytes("admin.localhost", logo.path()).statusCode()).isEqualTo(404);
        assertThat(bytes("voorbeeld.localhost", logo.path().replace(".png", ".svg")).statusCode()).isEqualTo(404);

        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" onload=\"alert(1)\">"
                + "<script>alert(2)</script><image href=\"https://evil.example/x.png\"/><rect width=\"10\" height=\"10\"/></svg>";
        var svgLogo = asUser().withRoles(() -> themes.upload(VOORBEELD, ThemeAssetKind.LOGO, svg.getBytes(StandardCharsets.UTF_8)), "lab-admin");
        HttpResponse<byte[]> servedSvg = bytes("voorbeeld.localhost", svgLogo.path());
        assertThat(servedSvg.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(servedSvg.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c).contains("sandbox"));
        assertThat(new String(servedSvg.body(), StandardCharsets.UTF_8)).contains("<rect").doesNotContain("alert")
                .doesNotContain("evil.example");

        // A GIF, HTML or anything else named .png is judged by its content.
        assertThatThrownBy(() -> asUser().run(() -> themes.upload(VOORBEELD, ThemeAssetKind.HERO,
                "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)), "lab-admin"))
                .hasMessageContaining("geen afbeelding");
    }

    @Test
    void aTenantAdminCanOnlyTouchTheThemeOfItsOwnSite() {
        ThemeDraft draft = new ThemeDraft(ThemeTokens.DEFAULT, Map.of());
        TenantContext.run(VOORBEELD, () -> {
            // Its own site: allowed.
            assertThat(asUser().withRoles(() -> themes.editorState(VOORBEELD), "tenant-admin").versions()).isNotEmpty();
            // Another tenant's theme, named by id from voorbeeld's site: refused, whatever the id says.
            assertThatThrownBy(() -> asUser().run(() -> themes.saveDraft(OOSTERHAVEN, draft), "tenant-admin"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> asUser().run(() -> themes.editorState(OOSTERHAVEN), "tenant-admin"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> asUser().run(() -> themes.upload(OOSTERHAVEN, ThemeAssetKind.LOGO, new byte[10]), "tenant-admin"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> asUser().run(() -> themes.revert(OOSTERHAVEN, 1), "tenant-admin"))
                    .isInstanceOf(AccessDeniedException.class);
            // Other roles of its own site: refused.
            assertThatThrownBy(() -> asUser().run(() -> themes.saveDraft(VOORBEELD, draft), "editor", "moderator", "resident"))
                    .isInstanceOf(AccessDeniedException.class);
            // A lab role claimed on a tenant's site does not count there.
            assertThatThrownBy(() -> asUser().run(() -> themes.saveDraft(OOSTERHAVEN, draft), "lab-admin"))
                    .isInstanceOf(AccessDeniedException.class);
        });
        // Without a site (the admin host), a tenant admin has no tenant at all.
        assertThatThrownBy(() -> asUser().run(() -> themes.editorState(VOORBEELD), "tenant-admin"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.published(OOSTERHAVEN)).isPresent();
    }

    private String stylesheetOf(String host) {
        HttpResponse<String> home = site(host).get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        Matcher link = STYLESHEET.matcher(home.body());
        assertThat(link.find()).as("stylesheet link in the initial HTML of %s", host).isTrue();
        return link.group(1);
    }

    private HttpResponse<byte[]> bytes(String host, String path) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Host", host + ":" + port).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] withExif(byte[] png) {
        byte[] data = "Exif\0\0GPS geheim".getBytes(StandardCharsets.ISO_8859_1);
        byte[] type = "eXIf".getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        int at = 8 + 25;
        return ByteBuffer.allocate(png.length + 12 + data.length).put(png, 0, at).putInt(data.length).put(type).put(data)
                .putInt((int) crc.getValue()).put(png, at, png.length - at).array();
    }
}
