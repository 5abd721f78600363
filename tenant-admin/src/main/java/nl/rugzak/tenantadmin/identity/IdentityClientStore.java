package nl.rugzak.tenantadmin.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The platform's client per realm, kept in the control schema and cached; logins read it on every callback. */
@Repository
public class IdentityClientStore {

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    private final Map<String, ProvisionedClient> cache = new ConcurrentHashMap<>();

    public IdentityClientStore(JdbcClient jdbc, ControlPlaneWork controlPlane) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
    }

    public Optional<ProvisionedClient> find(String realm) {
        ProvisionedClient cached = cache.get(realm);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ProvisionedClient> stored = controlPlane.call(() -> jdbc.sql(
                        "SELECT realm, client_id, client_secret FROM control.identity_client WHERE realm = ?")
                .param(realm)
                .query((rs, row) -> new ProvisionedClient(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional());
        stored.ifPresent(client -> cache.put(realm, client));
        return stored;
    }

    public void save(ProvisionedClient client) {
        controlPlane.run(() -> jdbc.sql("""
                        INSERT INTO control.identity_client (realm, client_id, client_secret) VALUES (?, ?, ?)
                        ON CONFLICT (realm) DO UPDATE SET client_id = EXCLUDED.client_id,
                          client_secret = EXCLUDED.client_secret, provisioned_at = now()""")
                .params(client.realm(), client.clientId(), client.clientSecret()).update());
        cache.put(client.realm(), client);
    }

    public void forget(String realm) {
        controlPlane.run(() -> jdbc.sql("DELETE FROM control.identity_client WHERE realm = ?").param(realm).update());
        cache.remove(realm);
    }
}
