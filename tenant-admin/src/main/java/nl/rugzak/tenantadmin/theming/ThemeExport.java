package nl.rugzak.tenantadmin.theming;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.tenantadmin.media.SafeImage;
import nl.rugzak.tenantadmin.media.SafeImages;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.UserFacingException;
import nl.rugzak.themes.tokens.ThemeTokens;
import nl.rugzak.themes.tokens.TokenException;
import org.springframework.stereotype.Component;

/**
 * A tenant's theme in its export (so an export is complete although themes live in the control schema):
 * {@code theme.json} with every version, and each image under {@code files/theme/}. On restore, images go through
 * {@link SafeImages} again and tokens through their validation again: an export file is input like any upload.
 */
@Component
public class ThemeExport {

    public static final String THEME_JSON = "theme.json";

    /** What goes into the zip: {@code theme.json}'s content and the image files by path. */
    public record Exported(Map<String, Object> themeJson, Map<String, byte[]> files) {
    }

    private final ThemeStore store;
    private final SafeImages images;

    public ThemeExport(ThemeStore store, SafeImages images) {
        this.store = store;
        this.images = images;
    }

    public Exported export(TenantId tenant) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Map<String, Object>> assets = new ArrayList<>();
        for (ThemeAsset asset : store.assets(tenant)) {
            String path = "files/theme/" + asset.sha256() + "." + ThemeAsset.extension(asset.contentType());
            files.put(path, asset.bytes());
            assets.add(Map.of("sha256", asset.sha256(), "contentType", asset.contentType(), "file", path));
        }
        List<Map<String, Object>> versions = new ArrayList<>();
        for (ThemeVersion version : store.versions(tenant).reversed()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", version.number());
            entry.put("tokens", version.tokens().toMap());
            Map<String, String> refs = new LinkedHashMap<>();
            version.assets().forEach((kind, sha) -> refs.put(kind.name(), sha));
            entry.put("assets", refs);
            entry.put("savedBy", version.savedBy());
            entry.put("savedAt", version.savedAt().toString());
            entry.put("publishedAt", version.publishedAt() == null ? null : version.publishedAt().toString());
            versions.add(entry);
        }
        return new Exported(Map.of("versions", versions, "assets", assets), files);
    }

    /** Restores the theme of an export into a new tenant; throws {@link ThemeException} on anything unreadable. */
    @SuppressWarnings("unchecked")
    public void restore(TenantId tenant, Map<String, Object> themeJson, Map<String, byte[]> entries) {
        try {
            Map<String, String> newSha = new HashMap<>();
            for (Map<String, Object> asset : (List<Map<String, Object>>) themeJson.getOrDefault("assets", List.of())) {
                byte[] bytes = entries.get((String) asset.get("file"));
                if (bytes == null) {
                    throw new ThemeException("theming.export.image-missing", asset.get("file"));
                }
                SafeImage image = images.rasterOrSvg(bytes, ThemeAssetKind.HERO.maxBytes());
                newSha.put((String) asset.get("sha256"), store.storeAsset(tenant, image));
            }
            List<ThemeVersion> versions = new ArrayList<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) themeJson.getOrDefault("versions", List.of())) {
                Map<ThemeAssetKind, String> refs = new EnumMap<>(ThemeAssetKind.class);
                ((Map<String, String>) entry.getOrDefault("assets", Map.of())).forEach((kind, sha) -> {
                    String stored = newSha.get(sha);
                    if (stored == null) {
                        throw new ThemeException("theming.export.image-unknown");
                    }
                    refs.put(ThemeAssetKind.valueOf(kind), stored);
                });
                String published = (String) entry.get("publishedAt");
                versions.add(new ThemeVersion(((Number) entry.get("number")).intValue(),
                        ThemeTokens.fromMap((Map<String, String>) entry.get("tokens")), refs, (String) entry.get("savedBy"),
                        Instant.parse((String) entry.get("savedAt")), published == null ? null : Instant.parse(published)));
            }
            store.restoreVersions(tenant, versions);
        } catch (ThemeException e) {
            throw e;
        } catch (TokenException e) {
            throw new ThemeException("theming.export.damaged", e.text());
        } catch (UserFacingException e) {
            throw new ThemeException("theming.export.damaged", e);
        } catch (RuntimeException e) {
            throw new ThemeException("theming.export.damaged", e.getMessage());
        }
    }
}
