package nl.rugzak.tenantadmin.tenancy;

/**
 * How a tenant's connections log in: its own login role, which may act only as that tenant's role, on the cluster
 * the control plane places it on.
 *
 * @param cluster  the cluster's name in the control plane
 * @param jdbcUrl  the cluster's address; null for the application's own database (the default cluster)
 */
public record DatabaseLogin(String cluster, String jdbcUrl, String username, String password) {

    public static final String DEFAULT_CLUSTER = "default";

    @Override
    public String toString() {
        return "DatabaseLogin[" + cluster + ", " + username + "]";
    }
}
