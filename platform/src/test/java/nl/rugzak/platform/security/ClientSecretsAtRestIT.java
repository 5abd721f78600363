package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.identity.IdentityClientStore;
import nl.rugzak.tenantadmin.identity.RealmSpec;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whoever reads the control schema (a backup, a stray query on any connection) must not learn how to act as the
 * platform towards Keycloak: the realms' client secrets are stored encrypted.
 */
class ClientSecretsAtRestIT extends IntegrationTest {

    @Autowired
    TenantRealms realms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityClientStore store;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void noClientSecretKnownToKeycloakIsReadableInTheControlSchema() {
        List<String> secrets = secretsKnownToKeycloak();
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(3);

        Map<String, List<String>> texts = everyTextInTheControlSchema();
        assertThat(texts).containsKey("identity_client.client_secret");
        List<String> columnsWithASecret = texts.entrySet().stream()
                .filter(column -> column.getValue().stream().anyMatch(text -> secrets.stream().anyMatch(text::contains)))
                .map(Map.Entry::getKey).toList();
        assertThat(columnsWithASecret).as("columns of the control schema holding a client secret in plain text").isEmpty();
        // And the platform still has them: a login needs the plain secret.
        assertThat(realms.client("voorbeeld").orElseThrow().clientSecret()).isIn(secrets);
    }

    @Test
    void secretsStoredInPlainTextBeforeAreEncryptedAtStartAndStillWork() {
        String plain = "een-oud-geheim-uit-de-tijd-voor-versleuteling";
        jdbc.sql("INSERT INTO control.identity_client (realm, client_id, client_secret) VALUES ('oud', 'rugzak-platform', ?)")
                .param(plain).update();
        try {
            store.sealPlainSecrets();
            String stored = storedSecret("oud");
            assertThat(stored).doesNotContain(plain).startsWith("v1:");

            store.sealPlainSecrets();
            assertThat(storedSecret("oud")).as("sealing again changes nothing").isEqualTo(stored);
            assertThat(store.find("oud").orElseThrow().clientSecret()).isEqualTo(plain);
        } finally {
            store.forget("oud");
        }
    }

    private String storedSecret(String realm) {
        return jdbc.sql("SELECT client_secret FROM control.identity_client WHERE realm = ?").param(realm)
                .query(String.class).single();
    }

    private List<String> secretsKnownToKeycloak() {
        List<String> secrets = new ArrayList<>();
        for (RealmRepresentation realm : realms.server().admin().realms().findAll()) {
            var clients = realms.server().admin().realm(realm.getRealm()).clients();
            for (var client : clients.findByClientId(RealmSpec.CLIENT_ID)) {
                secrets.add(clients.get(client.getId()).getSecret().getValue());
            }
        }
        return secrets;
    }

    /** Table and column → every value in it, as text. */
    private Map<String, List<String>> everyTextInTheControlSchema() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        var columns = jdbc.sql("""
                        SELECT table_name, column_name, data_type FROM information_schema.columns
                        WHERE table_schema = 'control'
                          AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] column : columns) {
            String value = column[2].equals("bytea") ? "encode(\"%s\", 'escape')" : "\"%s\"::text";
            texts.put(column[0] + "." + column[1], jdbc.sql(("SELECT " + value + " FROM control.\"%s\" WHERE \"%s\" IS NOT NULL")
                            .formatted(column[1], column[0], column[1]))
                    .query(String.class).list());
        }
        return texts;
    }
}
