package nl.rugzak.platform.theming;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.exchange.TenantExchange;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.TenantThemes;
import nl.rugzak.tenantadmin.theming.ThemeAssetKind;
import nl.rugzak.tenantadmin.theming.ThemeDraft;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A tenant's theme (versions and images) is part of its export and comes back on restore. */
class ThemeExportIT extends IntegrationTest {

    private static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    TenantExchange exchange;
    @Autowired
    TenantThemes themes;
    @Autowired
    ThemeStore store;

    @Test
    void exportHoldsTheThemeAndRestoreBringsItBack() throws IOException {
        awaitIdentity();
        PublishedTheme published = store.published(OOSTERHAVEN).orElseThrow();
        var hero = asUser().withRoles(() -> themes.upload(OOSTERHAVEN, ThemeAssetKind.HERO, png()), "lab-admin");
        asUser().run(() -> themes.saveDraft(OOSTERHAVEN, new ThemeDraft(published.tokens(), Map.of(ThemeAssetKind.HERO, hero.sha256()))),
                "lab-admin");
        int versions = store.versions(OOSTERHAVEN).size();

        byte[] zip = asUser().withRoles(() -> exchange.export(OOSTERHAVEN), "lab-admin");
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("theme.json", "files/theme/" + hero.sha256() + ".png");

        var copy = asUser().withRoles(() -> exchange.restore(zip, new NewTenant("themakopie", "Gemeente Themakopie",
                "themakopie.localhost", List.of(), List.of("nl"))), "lab-admin");
        TenantId restored = copy.id();
        assertThat(store.versions(restored)).hasSize(versions);
        PublishedTheme restoredTheme = store.published(restored).orElseThrow();
        assertThat(restoredTheme.tokens()).isEqualTo(published.tokens());
        assertThat(restoredTheme.css()).isEqualTo(published.css());
        assertThat(store.draft(restored).orElseThrow().assets()).containsKey(ThemeAssetKind.HERO);
        String heroPath = store.asset(restored, store.draft(restored).orElseThrow().assets().get(ThemeAssetKind.HERO))
                .orElseThrow().path();
        assertThat(site("themakopie.localhost").get(restoredTheme.stylesheetPath()).statusCode()).isEqualTo(200);
        assertThat(site("themakopie.localhost").get(heroPath).statusCode()).isEqualTo(200);

        asUser().run(() -> themes.saveDraft(OOSTERHAVEN, new ThemeDraft(published.tokens(), Map.of())), "lab-admin");
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
