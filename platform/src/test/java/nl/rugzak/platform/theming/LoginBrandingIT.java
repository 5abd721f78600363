package nl.rugzak.platform.theming;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.imageio.ImageIO;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.TenantThemes;
import nl.rugzak.tenantadmin.theming.ThemeAssetKind;
import nl.rugzak.tenantadmin.theming.ThemeDraft;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import nl.rugzak.themes.tokens.Colour;
import nl.rugzak.themes.tokens.ColourToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Keycloak's own login page for a tenant's realm, branded by Rugzak's login theme from the realm's attributes. */
class LoginBrandingIT extends IntegrationTest {

    private static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    TenantThemes themes;
    @Autowired
    ThemeStore store;

    @Test
    void theLoginPageShowsTheTenantsNameAndColourAndFollowsAPublish() throws IOException {
        awaitIdentity();
        String voorbeeld = loginPage("voorbeeld.localhost");
        assertThat(voorbeeld).contains("Gemeente Voorbeeldstad").contains("--rugzak-login-primary: #0a5c36")
                .contains("rugzak/css/rugzak.css").doesNotContain("#7a1f5c");
        String oosterhaven = loginPage("oosterhaven.localhost");
        assertThat(oosterhaven).contains("Gemeente Oosterhaven").contains("--rugzak-login-primary: #7a1f5c")
                .doesNotContain("Gemeente Voorbeeldstad");

        PublishedTheme before = store.published(OOSTERHAVEN).orElseThrow();
        try {
            var logo = asUser().withRoles(() -> themes.upload(OOSTERHAVEN, ThemeAssetKind.LOGO, png()), "lab-admin");
            asUser().run(() -> {
                themes.saveDraft(OOSTERHAVEN, new ThemeDraft(before.tokens().with(ColourToken.PRIMARY, Colour.parse("#00466b")),
                        Map.of(ThemeAssetKind.LOGO, logo.sha256())));
                themes.publishDraft(OOSTERHAVEN);
            }, "lab-admin");
            String after = loginPage("oosterhaven.localhost");
            assertThat(after).contains("--rugzak-login-primary: #00466b")
                    .contains("src=\"http://oosterhaven.localhost:" + port + logo.path() + "\"")
                    .contains("alt=\"Logo Gemeente Oosterhaven\"");
        } finally {
            asUser().run(() -> themes.revert(OOSTERHAVEN, before.version()), "lab-admin");
        }
        assertThat(loginPage("oosterhaven.localhost")).contains("--rugzak-login-primary: #7a1f5c");
    }

    private String loginPage(String host) {
        HttpResponse<String> page = browser().follow("http://" + host + ":" + port + "/inloggen");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form");
        return page.body();
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
