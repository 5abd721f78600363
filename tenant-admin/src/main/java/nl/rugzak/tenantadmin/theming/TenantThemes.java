package nl.rugzak.tenantadmin.theming;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.media.SafeImage;
import nl.rugzak.tenantadmin.media.SafeImages;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.themes.contrast.ContrastFailure;
import nl.rugzak.themes.contrast.ContrastRules;
import nl.rugzak.themes.dtcg.DesignTokenImport;
import nl.rugzak.themes.dtcg.ImportReport;
import nl.rugzak.themes.text.TextKey;
import nl.rugzak.themes.tokens.ThemeTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Editing a tenant's theme: save a draft, publish it (only when every contrast pair meets WCAG AA), revert to any
 * earlier version, upload images, import a design-token file. Lab staff may do this for any tenant, a tenant's
 * {@code tenant-admin} only on its own site (see {@link ThemeAccess}). Every change is in the audit log; a publish
 * also brings the tenant's login pages (realm attributes) up to date.
 */
@Service
public class TenantThemes {

    static final String MAY_EDIT = "@themeAccess.allows(authentication, #tenant)";
    private static final Logger log = LoggerFactory.getLogger(TenantThemes.class);

    /** What the editor starts from: the open draft, else the published version, else the default theme. */
    public record EditorState(ThemeDraft draft, Integer draftNumber, Integer publishedNumber, List<ThemeVersion> versions) {
    }

    private final ThemeStore store;
    private final SafeImages images;
    private final TenantRegistry registry;
    private final TenantRealms realms;
    private final AuditLog audit;

    public TenantThemes(ThemeStore store, SafeImages images, TenantRegistry registry, TenantRealms realms, AuditLog audit) {
        this.store = store;
        this.images = images;
        this.registry = registry;
        this.realms = realms;
        this.audit = audit;
    }

    @PreAuthorize(MAY_EDIT)
    public EditorState editorState(TenantId tenant) {
        requireTenant(tenant);
        List<ThemeVersion> versions = store.versions(tenant);
        Integer published = store.published(tenant).map(PublishedTheme::version).orElse(null);
        var draft = versions.stream().findFirst().filter(v -> !v.published());
        ThemeVersion base = draft.orElseGet(() -> versions.stream()
                .filter(v -> published != null && v.number() == published).findFirst().orElse(null));
        ThemeDraft state = base == null ? new ThemeDraft(ThemeTokens.DEFAULT, Map.of()) : new ThemeDraft(base.tokens(), base.assets());
        return new EditorState(state, draft.map(ThemeVersion::number).orElse(null), published, versions);
    }

    /** Saves the draft; checks that every image named belongs to this tenant. Returns the draft's version number. */
    @PreAuthorize(MAY_EDIT)
    public int saveDraft(TenantId tenant, ThemeDraft draft) {
        return saveDraft(tenant, draft, List.of());
    }

    /**
     * Saves the draft with the images chosen for it in the editor (see {@link #checkImage}): they are stored only
     * now, together with the draft, so an image that is never saved leaves nothing behind. Images no version uses
     * any more are removed.
     */
    @PreAuthorize(MAY_EDIT)
    public int saveDraft(TenantId tenant, ThemeDraft draft, Collection<SafeImage> newImages) {
        requireTenant(tenant);
        Set<String> named = Set.copyOf(draft.assets().values());
        List<SafeImage> used = newImages.stream().filter(image -> named.contains(PublishedTheme.sha256(image.bytes()))).toList();
        Set<String> arriving = used.stream().map(image -> PublishedTheme.sha256(image.bytes())).collect(Collectors.toSet());
        draft.assets().forEach((kind, sha) -> {
            if (!arriving.contains(sha) && store.asset(tenant, sha).isEmpty()) {
                throw new ThemeException("theming.image-not-found", new TextKey(kind.labelKey()));
            }
        });
        int number = store.saveDraft(tenant, draft, LabActor.current(), used);
        audit.record(LabActor.current(), "theme.draft", tenant.slug(), "versie " + number, AuditLog.Outcome.SUCCEEDED);
        return number;
    }

    /** Throws the open draft away with the images only it used; the site keeps its published theme. */
    @PreAuthorize(MAY_EDIT)
    public void discardDraft(TenantId tenant) {
        requireTenant(tenant);
        if (!store.discardDraft(tenant)) {
            throw new ThemeException("theming.no-draft-to-discard");
        }
        audit.record(LabActor.current(), "theme.discard", tenant.slug(), "", AuditLog.Outcome.SUCCEEDED);
    }

    /** Checks an image for the editor without storing it; it is stored when a draft naming it is saved. */
    @PreAuthorize(MAY_EDIT)
    public SafeImage checkImage(TenantId tenant, ThemeAssetKind kind, byte[] upload) {
        requireTenant(tenant);
        return kind.svgAllowed() ? images.rasterOrSvg(upload, kind.maxBytes()) : images.raster(upload, kind.maxBytes());
    }

    /** Publishes the open draft; refused (with the failing pairs) when any contrast pair is below AA. */
    @PreAuthorize(MAY_EDIT)
    public int publishDraft(TenantId tenant) {
        requireTenant(tenant);
        ThemeVersion draft = store.draft(tenant).orElseThrow(() ->
                new ThemeException("theming.no-draft-to-publish"));
        publish(tenant, draft, "theme.publish");
        return draft.number();
    }

    /** Publishes an earlier version again, exactly as it was. */
    @PreAuthorize(MAY_EDIT)
    public void revert(TenantId tenant, int number) {
        requireTenant(tenant);
        ThemeVersion version = store.version(tenant, number).orElseThrow(() ->
                new ThemeException("theming.version-not-found", number));
        if (!version.published()) {
            throw new ThemeException("theming.version-never-published", number);
        }
        publish(tenant, version, "theme.revert");
    }

    /**
     * Checks and stores an image at once (for callers outside the editor, which save a draft naming it right after);
     * an image no version names is removed at the next save or discard.
     */
    @PreAuthorize(MAY_EDIT)
    public PublishedTheme.ThemeAssetRef upload(TenantId tenant, ThemeAssetKind kind, byte[] upload) {
        requireTenant(tenant);
        SafeImage image = kind.svgAllowed() ? images.rasterOrSvg(upload, kind.maxBytes()) : images.raster(upload, kind.maxBytes());
        String sha = store.storeAsset(tenant, image);
        audit.record(LabActor.current(), "theme.upload", tenant.slug(), kind + " " + sha, AuditLog.Outcome.SUCCEEDED);
        return new PublishedTheme.ThemeAssetRef(sha, image.contentType());
    }

    /** An image of this tenant, e.g. for the editor's preview. */
    @PreAuthorize(MAY_EDIT)
    public java.util.Optional<ThemeAsset> asset(TenantId tenant, String sha) {
        return store.asset(tenant, sha);
    }

    /** Reads a design-token file onto {@code start}; changes nothing until the result is saved. */
    @PreAuthorize(MAY_EDIT)
    public ImportReport importTokens(TenantId tenant, byte[] file, ThemeTokens start) {
        return importTokens(tenant, file, null, start);
    }

    /** As {@link #importTokens(TenantId, byte[], ThemeTokens)}, for one brand of a file with several. */
    @PreAuthorize(MAY_EDIT)
    public ImportReport importTokens(TenantId tenant, byte[] file, String brand, ThemeTokens start) {
        requireTenant(tenant);
        return DesignTokenImport.read(file, brand, start);
    }

    /** The brands (themes) in a token file; empty when it holds one. */
    @PreAuthorize(MAY_EDIT)
    public List<String> tokenBrands(TenantId tenant, byte[] file) {
        requireTenant(tenant);
        return DesignTokenImport.brands(file);
    }

    private void publish(TenantId tenant, ThemeVersion version, String action) {
        List<ContrastFailure> failures = ContrastRules.check(version.tokens());
        if (!failures.isEmpty()) {
            String pairs = failures.stream().map(failure -> failure.pair().id()).collect(Collectors.joining(", "));
            audit.record(LabActor.current(), action, tenant.slug(), "versie " + version.number() + ": contrast " + pairs,
                    AuditLog.Outcome.REFUSED);
            throw new ThemeException(failures, "theming.contrast-too-low",
                    failures.stream().map(failure -> failure.pair().label()).toList());
        }
        store.publish(tenant, version.number());
        audit.record(LabActor.current(), action, tenant.slug(), "versie " + version.number(), AuditLog.Outcome.SUCCEEDED);
        if (realms.enabled()) {
            try {
                realms.provision(registry.find(tenant).orElseThrow());
            } catch (RuntimeException e) {
                // The site already shows the theme; the login pages follow at the next start.
                log.warn("Login pages of {} not updated after a theme change: {}", tenant, e.toString());
                audit.record(LabActor.current(), "tenant.realm.sync", tenant.slug(), e.toString(), AuditLog.Outcome.FAILED);
            }
        }
    }

    private void requireTenant(TenantId tenant) {
        if (registry.find(tenant).isEmpty()) {
            throw new ThemeException("theming.tenant-not-found");
        }
    }
}
