package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.rugzak.platform.support.IntegrationTest;
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

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void noClientSecretKnownToKeycloakIsReadableInTheControlSchema() {
        List<String> secrets = secretsKnownToKeycloak();
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(3);

        List<String> texts = everyTextInTheControlSchema();
        assertThat(texts).isNotEmpty();
        for (String secret : secrets) {
            assertThat(texts).noneMatch(text -> text.contains(secret));
        }
        // And the platform still uses them: a login needs the plain secret.
        assertThat(realms.client("voorbeeld").orElseThrow().clientSecret()).isIn(secrets);
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

    private List<String> everyTextInTheControlSchema() {
        List<String> texts = new ArrayList<>();
        var columns = jdbc.sql("""
                        SELECT table_name, column_name, data_type FROM information_schema.columns
                        WHERE table_schema = 'control'
                          AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] column : columns) {
            String value = column[2].equals("bytea") ? "encode(\"%s\", 'escape')" : "\"%s\"::text";
            texts.addAll(jdbc.sql(("SELECT " + value + " FROM control.\"%s\" WHERE \"%s\" IS NOT NULL")
                            .formatted(column[1], column[0], column[1]))
                    .query(String.class).list());
        }
        return texts;
    }
}
