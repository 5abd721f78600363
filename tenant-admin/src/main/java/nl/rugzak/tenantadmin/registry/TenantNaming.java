package nl.rugzak.tenantadmin.registry;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.rugzak.tenantadmin.tenancy.TenantId;

/** The rules for slugs and host names, with the messages lab staff see (as text keys). */
public final class TenantNaming {

    /** Names that would clash with the platform's own hosts, schemas or words. */
    public static final Set<String> RESERVED_SLUGS = Set.of(
            "admin", "www", "api", "control", "public", "lab", "master", "app", "auth", "login", "logout", "keycloak",
            "mail", "static", "assets", "vaadin", "rugzak", "status", "support", "help", "root", "postgres",
            "pg", "information-schema", "test", "demo", "beheer", "tenant", "tenants");

    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private TenantNaming() {
    }

    /** Empty when the slug may be used; otherwise the reason, for the person who typed it. */
    public static Optional<TextKey> slugProblem(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.of(new TextKey("provisioning.slug.empty"));
        }
        if (slug.length() < 2 || slug.length() > 40) {
            return Optional.of(new TextKey("provisioning.slug.length"));
        }
        if (!TenantId.isWellFormed(slug)) {
            return Optional.of(new TextKey("provisioning.slug.characters"));
        }
        if (RESERVED_SLUGS.contains(slug)) {
            return Optional.of(new TextKey("provisioning.slug.reserved", slug));
        }
        return Optional.empty();
    }

    /** A slug made from a municipality's name: "Gemeente Súdwest-Fryslân" becomes "sudwest-fryslan". */
    public static String suggestSlug(String displayName) {
        if (displayName == null) {
            return "";
        }
        String withoutAccents = java.text.Normalizer.normalize(displayName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = withoutAccents.toLowerCase(Locale.ROOT)
                .replaceFirst("^\\s*gemeente\\s+", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }

    /** Lower-cases and converts an internationalised name to its ASCII form, as hosts arrive in requests. */
    public static String normaliseHost(String host) {
        String trimmed = host == null ? "" : host.trim();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            return IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
    }

    public static Optional<TextKey> hostProblem(String host) {
        if (host == null || host.isBlank()) {
            return Optional.of(new TextKey("provisioning.host.empty"));
        }
        String normalised = normaliseHost(host);
        if (normalised.length() > 253 || !normalised.contains(".")) {
            return Optional.of(new TextKey("provisioning.host.not-a-domain", host.trim()));
        }
        for (String label : normalised.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return Optional.of(new TextKey("provisioning.host.characters", host.trim()));
            }
        }
        return Optional.empty();
    }
}
