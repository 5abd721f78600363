package nl.rugzak.tenantadmin.theming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.rugzak.themes.tokens.ThemeCss;
import nl.rugzak.themes.tokens.ThemeTokens;

/**
 * The theme a tenant's site shows now, with its stylesheet rendered once. The stylesheet's URL carries a hash of
 * its content, so browsers may cache it for a year and still see a change on the next page load.
 */
public record PublishedTheme(int version, ThemeTokens tokens, Map<ThemeAssetKind, ThemeAssetRef> assets, String css,
                             String cssHash) {

    /** An image as the site links it. */
    public record ThemeAssetRef(String sha256, String contentType) {
        public String path() {
            return ThemeAsset.path(sha256, contentType);
        }
    }

    static PublishedTheme of(int version, ThemeTokens tokens, Map<ThemeAssetKind, ThemeAssetRef> assets) {
        Map<String, String> images = new LinkedHashMap<>();
        if (assets.containsKey(ThemeAssetKind.HERO)) {
            images.put("hero-image", assets.get(ThemeAssetKind.HERO).path());
        }
        if (assets.containsKey(ThemeAssetKind.LOGO)) {
            images.put("logo", assets.get(ThemeAssetKind.LOGO).path());
        }
        String css = ThemeCss.render(tokens, images);
        return new PublishedTheme(version, tokens, Map.copyOf(assets), css, sha256(css).substring(0, 16));
    }

    public String stylesheetPath() {
        return "/huisstijl/thema-" + cssHash + ".css";
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash an image is stored and served under. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
