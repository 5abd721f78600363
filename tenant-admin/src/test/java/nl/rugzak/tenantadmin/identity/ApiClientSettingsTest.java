package nl.rugzak.tenantadmin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The residents' API client: public with PKCE, exact redirect addresses, only in realms that have residents. */
class ApiClientSettingsTest {

    private static final RealmSpec MUNICIPALITY = new RealmSpec("voorbeeld", "Gemeente Voorbeeldstad", List.of("nl"),
            List.of("https://participatie.voorbeeldstad.nl", "https://voorbeeld.example"), TenantRealms.TENANT_ROLES,
            "resident", true, TenantRealms.STAFF_ROLES);

    @Test
    void anAppGetsCodesOnlyWithPkceAndOnlyAtTheApiPagesOfTheMunicipalitysOwnSites() {
        var client = RealmProvisioner.apiClientSettings(MUNICIPALITY);
        assertThat(client.getClientId()).isEqualTo(RealmSpec.API_CLIENT_ID);
        assertThat(client.isPublicClient()).as("an app cannot keep a secret").isTrue();
        assertThat(client.isStandardFlowEnabled()).isTrue();
        assertThat(client.isImplicitFlowEnabled()).isFalse();
        assertThat(client.isDirectAccessGrantsEnabled()).as("no password grant").isFalse();
        assertThat(client.isServiceAccountsEnabled()).isFalse();
        assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(client.getRedirectUris()).containsExactly(
                "https://participatie.voorbeeldstad.nl/api/v1/authorized", "https://voorbeeld.example/api/v1/authorized");
        assertThat(client.getRedirectUris()).noneMatch(uri -> uri.contains("*"));
    }

    @Test
    void onlyRealmsWithResidentsOfferTheApi() {
        assertThat(MUNICIPALITY.residentApi()).isTrue();
        var lab = new RealmSpec(TenantRealms.LAB_REALM, "Co-creatie Lab", List.of("nl"), List.of("https://admin.example"),
                List.of(TenantRealms.LAB_ADMIN_ROLE), null, false, List.of(TenantRealms.LAB_ADMIN_ROLE));
        assertThat(lab.residentApi()).isFalse();
    }
}
