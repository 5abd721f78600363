package nl.rugzak.tenantadmin.theming;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import nl.rugzak.tenantadmin.cluster.ClusterEvents;
import nl.rugzak.tenantadmin.media.SafeImage;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.themes.tokens.ThemeTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Theme versions and images in the control schema ({@code theme_version}, {@code theme_asset}); both go with the
 * tenant's registry row when it is purged. Not secured itself: {@link TenantThemes} checks who may change a theme,
 * and reads for a site are always by the tenant of the request's host. The published theme is cached per tenant
 * and dropped on every publish.
 */
@Repository
public class ThemeStore {

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    /**
     * Dropped on publish here and, through {@link ClusterEvents}, on the other instances; kept at most a minute
     * otherwise, so a publish whose message was lost, or a tenant restored
     * under a slug used before, shows within that minute.
     */
    private static final long CACHE_NANOS = java.time.Duration.ofMinutes(1).toNanos();

    private record Cached(Optional<PublishedTheme> theme, long loadedAt) {
    }

    private final Map<TenantId, Cached> published = new ConcurrentHashMap<>();

    private static final String CLUSTER_TOPIC = "theme";

    private final ClusterEvents cluster;

    public ThemeStore(JdbcClient jdbc, ControlPlaneWork controlPlane, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
        this.cluster = cluster;
        cluster.subscribe(CLUSTER_TOPIC, slug -> {
            if (ClusterEvents.EVERYTHING.equals(slug) || !TenantId.isWellFormed(slug)) {
                published.clear();
            } else {
                published.remove(new TenantId(slug));
            }
        });
    }

    /** Drops this tenant's published theme here and on every other instance; after the change was committed. */
    private void changed(TenantId tenant) {
        published.remove(tenant);
        cluster.publish(CLUSTER_TOPIC, tenant.slug());
    }

    /** The theme the tenant's site shows, or empty for Rugzak's default theme. */
    public Optional<PublishedTheme> published(TenantId tenant) {
        Cached cached = published.get(tenant);
        if (cached == null || System.nanoTime() - cached.loadedAt() > CACHE_NANOS) {
            cached = new Cached(loadPublished(tenant), System.nanoTime());
            published.put(tenant, cached);
        }
        return cached.theme();
    }

    private Optional<PublishedTheme> loadPublished(TenantId tenant) {
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT v.* FROM control.theme_version v JOIN control.tenant t ON t.id = v.tenant_id
                         WHERE t.slug = ? AND v.published_at IS NOT NULL
                         ORDER BY v.published_at DESC, v.number DESC LIMIT 1""")
                .param(tenant.slug()).query(ThemeStore::version).optional()
                .map(version -> {
                    Map<ThemeAssetKind, PublishedTheme.ThemeAssetRef> refs = new EnumMap<>(ThemeAssetKind.class);
                    version.assets().forEach((kind, sha) -> asset(tenant, sha)
                            .ifPresent(asset -> refs.put(kind, new PublishedTheme.ThemeAssetRef(sha, asset.contentType()))));
                    return PublishedTheme.of(version.number(), version.tokens(), refs);
                }));
    }

    public List<ThemeVersion> versions(TenantId tenant) {
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT v.* FROM control.theme_version v JOIN control.tenant t ON t.id = v.tenant_id
                         WHERE t.slug = ? ORDER BY v.number DESC""")
                .param(tenant.slug()).query(ThemeStore::version).list());
    }

    public Optional<ThemeVersion> version(TenantId tenant, int number) {
        return versions(tenant).stream().filter(v -> v.number() == number).findFirst();
    }

    /** The open draft: the latest version, when it was never published. */
    public Optional<ThemeVersion> draft(TenantId tenant) {
        return versions(tenant).stream().findFirst().filter(v -> !v.published());
    }

    /** Saves the draft: updates the open draft, or starts a new version after the latest. Returns its number. */
    public int saveDraft(TenantId tenant, ThemeDraft draft, String actor) {
        return saveDraft(tenant, draft, actor, List.of());
    }

    /**
     * Saves the draft together with the images chosen for it since the last save (checked, not yet stored), in one
     * transaction; then removes every image of this tenant that no version names any more.
     */
    public int saveDraft(TenantId tenant, ThemeDraft draft, String actor, Collection<SafeImage> newImages) {
        return controlPlane.call(() -> {
            long key = key(tenant);
            // One writer per tenant at a time, so two editors never get the same version number.
            jdbc.sql("SELECT id FROM control.tenant WHERE id = ? FOR UPDATE").param(key).query(Long.class).single();
            newImages.forEach(image -> insertAsset(tenant, image));
            int number = writeDraft(key, tenant, draft, actor);
            removeUnusedAssets(key);
            return number;
        });
    }

    /**
     * Throws the open draft away (the published version stays as it is) and every image only it used. Returns
     * whether there was a draft.
     */
    public boolean discardDraft(TenantId tenant) {
        return controlPlane.call(() -> {
            long key = key(tenant);
            jdbc.sql("SELECT id FROM control.tenant WHERE id = ? FOR UPDATE").param(key).query(Long.class).single();
            Optional<ThemeVersion> open = draft(tenant);
            open.ifPresent(draft -> jdbc.sql("DELETE FROM control.theme_version WHERE tenant_id = ? AND number = ? AND published_at IS NULL")
                    .params(key, draft.number()).update());
            removeUnusedAssets(key);
            return open.isPresent();
        });
    }

    /** Images no version names: uploads of drafts that were replaced or thrown away. */
    private void removeUnusedAssets(long key) {
        jdbc.sql("""
                DELETE FROM control.theme_asset a WHERE a.tenant_id = ? AND NOT EXISTS (
                    SELECT 1 FROM control.theme_version v WHERE v.tenant_id = a.tenant_id
                       AND a.sha256 IN (v.logo_sha256, v.favicon_sha256, v.hero_sha256))""")
                .param(key).update();
    }

    private int writeDraft(long key, TenantId tenant, ThemeDraft draft, String actor) {
        Optional<ThemeVersion> open = draft(tenant);
        String tokens = serialise(draft.tokens());
        if (open.isPresent()) {
            jdbc.sql("""
                    UPDATE control.theme_version SET tokens = ?, logo_sha256 = ?, favicon_sha256 = ?, hero_sha256 = ?,
                           saved_by = ?, saved_at = now() WHERE tenant_id = ? AND number = ?""")
                    .params(tokens, draft.assets().get(ThemeAssetKind.LOGO), draft.assets().get(ThemeAssetKind.FAVICON),
                            draft.assets().get(ThemeAssetKind.HERO), actor, key, open.get().number())
                    .update();
            return open.get().number();
        }
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM control.theme_version WHERE tenant_id = ?")
                .param(key).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO control.theme_version (tenant_id, number, tokens, logo_sha256, favicon_sha256, hero_sha256, saved_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(key, number, tokens, draft.assets().get(ThemeAssetKind.LOGO),
                        draft.assets().get(ThemeAssetKind.FAVICON), draft.assets().get(ThemeAssetKind.HERO), actor)
                .update();
        return number;
    }

    /** Makes a version the published one (again, when it is an earlier version: that is a revert). */
    public void publish(TenantId tenant, int number) {
        try {
            controlPlane.run(() -> {
                int updated = jdbc.sql("""
                        UPDATE control.theme_version SET published_at = clock_timestamp()
                         WHERE tenant_id = (SELECT id FROM control.tenant WHERE slug = ?) AND number = ?""")
                        .params(tenant.slug(), number).update();
                if (updated != 1) {
                    throw new ThemeException("theming.version-not-found", number);
                }
            });
        } finally {
            changed(tenant);
        }
    }

    /** Stores a checked image (once per content) and returns its hash. */
    public String storeAsset(TenantId tenant, SafeImage image) {
        return controlPlane.call(() -> insertAsset(tenant, image));
    }

    private String insertAsset(TenantId tenant, SafeImage image) {
        byte[] bytes = image.bytes();
        String sha = PublishedTheme.sha256(bytes);
        jdbc.sql("""
                        INSERT INTO control.theme_asset (tenant_id, sha256, content_type, width, height, bytes)
                        VALUES ((SELECT id FROM control.tenant WHERE slug = ?), ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id, sha256) DO NOTHING""")
                .params(tenant.slug(), sha, image.contentType(), image.width(), image.height(), bytes).update();
        return sha;
    }

    /** One of this tenant's images; another tenant's image with the same hash is never returned. */
    public Optional<ThemeAsset> asset(TenantId tenant, String sha256) {
        if (!ThemeAsset.isSha(sha256)) {
            return Optional.empty();
        }
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT a.sha256, a.content_type, a.width, a.height, a.bytes
                          FROM control.theme_asset a JOIN control.tenant t ON t.id = a.tenant_id
                         WHERE t.slug = ? AND a.sha256 = ?""")
                .params(tenant.slug(), sha256)
                .query((rs, row) -> new ThemeAsset(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getBytes(5)))
                .optional());
    }

    /** All of this tenant's images, e.g. for its export. */
    public List<ThemeAsset> assets(TenantId tenant) {
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT a.sha256, a.content_type, a.width, a.height, a.bytes
                          FROM control.theme_asset a JOIN control.tenant t ON t.id = a.tenant_id
                         WHERE t.slug = ? ORDER BY a.created_at, a.sha256""")
                .param(tenant.slug())
                .query((rs, row) -> new ThemeAsset(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getBytes(5)))
                .list());
    }

    /**
     * Puts versions (from an export) into a tenant that has none, with their numbers, authors and publication
     * times; all or nothing. The images they name must have been stored first.
     */
    public void restoreVersions(TenantId tenant, List<ThemeVersion> versions) {
        try {
            controlPlane.run(() -> {
                long key = key(tenant);
                for (ThemeVersion version : versions) {
                    jdbc.sql("""
                            INSERT INTO control.theme_version (tenant_id, number, tokens, logo_sha256, favicon_sha256,
                                   hero_sha256, saved_by, saved_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                            .params(key, version.number(), serialise(version.tokens()),
                                    version.assets().get(ThemeAssetKind.LOGO), version.assets().get(ThemeAssetKind.FAVICON),
                                    version.assets().get(ThemeAssetKind.HERO), version.savedBy(),
                                    Timestamp.from(version.savedAt()),
                                    version.publishedAt() == null ? null : Timestamp.from(version.publishedAt()))
                            .update();
                }
            });
        } finally {
            changed(tenant);
        }
    }

    /** Drops the cached theme, e.g. after the tenant was restored or purged. */
    public void forget(TenantId tenant) {
        changed(tenant);
    }

    private long key(TenantId tenant) {
        return jdbc.sql("SELECT id FROM control.tenant WHERE slug = ?").param(tenant.slug()).query(Long.class).optional()
                .orElseThrow(() -> new ThemeException("theming.tenant-not-found"));
    }

    static String serialise(ThemeTokens tokens) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(tokens.toMap()).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    static ThemeTokens deserialise(String text) {
        Map<String, String> values = new TreeMap<>();
        text.lines().filter(line -> line.contains("=")).forEach(line -> {
            int eq = line.indexOf('=');
            values.put(line.substring(0, eq), line.substring(eq + 1));
        });
        return ThemeTokens.fromMap(values);
    }

    private static ThemeVersion version(ResultSet rs, int row) throws SQLException {
        Map<ThemeAssetKind, String> assets = new EnumMap<>(ThemeAssetKind.class);
        put(assets, ThemeAssetKind.LOGO, rs.getString("logo_sha256"));
        put(assets, ThemeAssetKind.FAVICON, rs.getString("favicon_sha256"));
        put(assets, ThemeAssetKind.HERO, rs.getString("hero_sha256"));
        return new ThemeVersion(rs.getInt("number"), deserialise(rs.getString("tokens")), assets, rs.getString("saved_by"),
                instant(rs.getTimestamp("saved_at")), instant(rs.getTimestamp("published_at")));
    }

    private static void put(Map<ThemeAssetKind, String> assets, ThemeAssetKind kind, String sha) {
        if (sha != null) {
            assets.put(kind, sha);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
