package nl.rugzak.tenantadmin.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.rugzak.tenantadmin.cluster.ClusterEvents;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The platform's client per realm, kept in the control schema and cached; logins read it on every callback. The
 * client secret is stored sealed ({@link ClientSecretCipher}): whoever reads the control schema cannot act as the
 * platform towards Keycloak. A change drops the cached client on every instance ({@link ClusterEvents}), so a realm whose
 * secret was rotated logs in on all of them.
 */
@Repository
public class IdentityClientStore {

    private static final Logger log = LoggerFactory.getLogger(IdentityClientStore.class);

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    private final ClientSecretCipher cipher;
    private final ClusterEvents cluster;
    private final Map<String, ProvisionedClient> cache = new ConcurrentHashMap<>();
    private static final String CLUSTER_TOPIC = "identity-client";

    public IdentityClientStore(JdbcClient jdbc, ControlPlaneWork controlPlane, ClientSecretCipher cipher,
                               ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
        this.cipher = cipher;
        this.cluster = cluster;
        cluster.subscribe(CLUSTER_TOPIC, realm -> {
            if (ClusterEvents.EVERYTHING.equals(realm)) {
                cache.clear();
            } else {
                cache.remove(realm);
            }
        });
    }

    public Optional<ProvisionedClient> find(String realm) {
        ProvisionedClient cached = cache.get(realm);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ProvisionedClient> stored = controlPlane.call(() -> jdbc.sql(
                        "SELECT realm, client_id, client_secret FROM control.identity_client WHERE realm = ?")
                .param(realm)
                .query((rs, row) -> new ProvisionedClient(rs.getString(1), rs.getString(2),
                        cipher.open(rs.getString(1), rs.getString(3))))
                .optional());
        stored.ifPresent(client -> cache.put(realm, client));
        return stored;
    }

    public void save(ProvisionedClient client) {
        controlPlane.run(() -> jdbc.sql("""
                        INSERT INTO control.identity_client (realm, client_id, client_secret) VALUES (?, ?, ?)
                        ON CONFLICT (realm) DO UPDATE SET client_id = EXCLUDED.client_id,
                          client_secret = EXCLUDED.client_secret, provisioned_at = now()""")
                .params(client.realm(), client.clientId(), cipher.seal(client.realm(), client.clientSecret())).update());
        cache.put(client.realm(), client);
        cluster.publish(CLUSTER_TOPIC, client.realm());
    }

    /**
     * Seals the secrets stored in plain text before sealing existed; those already sealed are left alone, so this
     * runs at every start. A changeset cannot do it: the key is not the database's to know.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void sealPlainSecrets() {
        int sealed = controlPlane.call(() -> {
            var plain = jdbc.sql("SELECT realm, client_secret FROM control.identity_client WHERE client_secret NOT LIKE ?")
                    .param(ClientSecretCipher.PREFIX + "%")
                    .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            for (String[] row : plain) {
                jdbc.sql("UPDATE control.identity_client SET client_secret = ? WHERE realm = ? AND client_secret = ?")
                        .params(cipher.seal(row[0], row[1]), row[0], row[1]).update();
            }
            return plain.size();
        });
        if (sealed > 0) {
            log.info("Encrypted {} client secret(s) stored in plain text", sealed);
        }
    }

    public void forget(String realm) {
        controlPlane.run(() -> jdbc.sql("DELETE FROM control.identity_client WHERE realm = ?").param(realm).update());
        cache.remove(realm);
        cluster.publish(CLUSTER_TOPIC, realm);
    }
}
