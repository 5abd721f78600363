package nl.rugzak.tenantadmin.tenancy;

import java.util.regex.Pattern;

/**
 * A tenant's identity: its slug. The schema and the database role are derived from it, so the format is checked
 * here as well as at registration: these names end up in SQL as identifiers.
 */
public record TenantId(String slug) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    public TenantId {
        if (slug == null || slug.length() < 2 || !FORMAT.matcher(slug).matches()) {
            throw new IllegalArgumentException("Not a tenant slug: " + slug);
        }
    }

    public static boolean isWellFormed(String slug) {
        return slug != null && slug.length() >= 2 && FORMAT.matcher(slug).matches();
    }

    /** Schema and owning role share one name; hyphens become underscores (slugs never hold underscores). */
    public String schemaName() {
        return "tenant_" + slug.replace('-', '_');
    }

    public String roleName() {
        return schemaName();
    }

    @Override
    public String toString() {
        return slug;
    }
}
