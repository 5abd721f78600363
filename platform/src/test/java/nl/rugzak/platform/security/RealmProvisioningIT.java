package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.identity.RealmSpec;
import nl.rugzak.tenantadmin.identity.RealmUsers;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.springframework.beans.factory.annotation.Autowired;

class RealmProvisioningIT extends IntegrationTest {

    @Autowired
    TenantRealms realms;
    @Autowired
    TenantCreation creation;
    @Autowired
    TenantRegistry registry;
    @Autowired
    TenantRegistryStore store;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void everyProvisionedClientHasExactRedirectsPkceAndNoDirectGrants() {
        for (String realmName : List.of("voorbeeld", "oosterhaven", TenantRealms.LAB_REALM)) {
            ClientRepresentation client = client(realm(realmName));
            assertThat(client.getRedirectUris()).as(realmName).isNotEmpty()
                    .allSatisfy(uri -> assertThat(uri).doesNotContain("*")
                            .endsWith("/login/oauth2/code/" + RealmSpec.registrationId(realmName)));
            assertThat(client.getWebOrigins()).as(realmName).isNotEmpty().noneMatch(o -> o.contains("*") || o.equals("+"));
            assertThat(client.getAttributes().get("post.logout.redirect.uris")).doesNotContain("*");
            assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
            assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
            assertThat(client.isImplicitFlowEnabled()).isFalse();
            assertThat(client.isPublicClient()).isFalse();
        }
        var voorbeeld = realm("voorbeeld").toRepresentation();
        assertThat(voorbeeld.isBruteForceProtected()).isTrue();
        // The tests run the embedded SMTP server: residents may register, and only with an address they verified.
        assertThat(voorbeeld.isRegistrationAllowed()).isTrue();
        assertThat(voorbeeld.isVerifyEmail()).isTrue();
        assertThat(voorbeeld.getDisplayName()).isEqualTo("Gemeente Voorbeeldstad");
        assertThat(voorbeeld.getPasswordPolicy()).contains("length(12)", "notUsername", "notEmail");
        assertThat(voorbeeld.getBrowserFlow()).isEqualTo("rugzak browser");
        assertThat(realm("voorbeeld").roles().get("default-roles-voorbeeld").getRoleComposites())
                .extracting(r -> r.getName()).contains("resident");
        assertThat(client(realm("voorbeeld")).getRedirectUris())
                .containsExactly("http://voorbeeld.localhost:" + port + "/login/oauth2/code/kc-voorbeeld");
        assertThat(realm(TenantRealms.LAB_REALM).toRepresentation().isRegistrationAllowed()).isFalse();
    }

    @Test
    void provisioningAgainConvergesFollowsDomainsAndKeepsUsers() {
        TenantId id = new TenantId("noorderdijk");
        creation.create(new NewTenant("noorderdijk", "Gemeente Noorderdijk", "noorderdijk.localhost", List.of(),
                List.of("nl", "en")));
        RealmResource realm = realm("noorderdijk");
        String secretBefore = realm.clients().get(client(realm).getId()).getSecret().getValue();
        realms.users().ensure("noorderdijk", new RealmUsers.Person("inwoner", "inwoner@noorderdijk.example",
                "Ine", "Woner", "een-lang-wachtwoord", List.of("resident")));

        String loginFlowBefore = loginFlowId(realm);
        store.addAlias(id, "www.noorderdijk.localhost");
        realms.provision(registry.find(id).orElseThrow());
        realms.provision(registry.find(id).orElseThrow());

        ClientRepresentation client = client(realm);
        assertThat(client.getRedirectUris()).containsExactlyInAnyOrder(
                "http://noorderdijk.localhost:" + port + "/login/oauth2/code/kc-noorderdijk",
                "http://www.noorderdijk.localhost:" + port + "/login/oauth2/code/kc-noorderdijk");
        assertThat(realm.users().searchByUsername("inwoner", true)).hasSize(1);
        assertThat(realm.clients().findByClientId(RealmSpec.CLIENT_ID)).hasSize(1);
        assertThat(realm.clients().get(client.getId()).getProtocolMappers().getMappers()).hasSize(1);
        assertThat(realm.clients().get(client.getId()).getSecret().getValue()).isEqualTo(secretBefore);
        assertThat(realm.roles().list()).extracting(r -> r.getName())
                .containsAll(TenantRealms.TENANT_ROLES).doesNotHaveDuplicates();
        assertThat(loginFlowId(realm)).as("an unchanged login flow is kept, not made again").isEqualTo(loginFlowBefore);
    }

    private static String loginFlowId(RealmResource realm) {
        return realm.flows().getFlows().stream().filter(f -> f.getAlias().equals("rugzak browser")).findFirst()
                .orElseThrow().getId();
    }

    @Test
    void aHalfExistingRealmIsCompleted() {
        creation.create(new NewTenant("halverwege", "Gemeente Halverwege", "halverwege.localhost", List.of(),
                List.of("nl")));
        RealmResource realm = realm("halverwege");
        realm.clients().get(client(realm).getId()).remove();
        realm.roles().deleteRole("moderator");

        realms.provision(registry.find(new TenantId("halverwege")).orElseThrow());

        assertThat(client(realm).getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(realm.roles().list()).extracting(r -> r.getName()).contains("moderator");
        assertThat(realms.client("halverwege").orElseThrow().clientSecret())
                .isEqualTo(realm.clients().get(client(realm).getId()).getSecret().getValue());
    }

    private RealmResource realm(String name) {
        return realms.server().admin().realm(name);
    }

    private static ClientRepresentation client(RealmResource realm) {
        return realm.clients().findByClientId(RealmSpec.CLIENT_ID).getFirst();
    }
}
