package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.Totp;
import nl.rugzak.tenantadmin.identity.RealmUsers;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;

/** What an outside attacker tries against the embedded default's Keycloak, at HTTP level (issue #24, item 6). */
class KeycloakHardeningIT extends IntegrationTest {

    private static final String PASSWORD = "rugzak-demo-2026";

    @Autowired
    TenantRealms realms;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void noClientOfATenantRealmTakesAUsernameAndPassword() {
        for (String realm : List.of("voorbeeld", TenantRealms.LAB_REALM)) {
            String user = realm.equals("voorbeeld") ? "bewoner" : "labbeheer";
            HttpResponse<String> grant = browser().post(keycloak() + "/realms/" + realm + "/protocol/openid-connect/token",
                    Map.of("grant_type", "password", "client_id", "admin-cli", "username", user, "password", PASSWORD));
            assertThat(grant.statusCode()).as(realm + ": " + grant.body()).isEqualTo(400);
            assertThat(grant.body()).contains("unauthorized_client").doesNotContain("access_token");
            assertThat(realms.server().admin().realm(realm).clients().findAll())
                    .allSatisfy(client -> assertThat(client.isDirectAccessGrantsEnabled()).as(client.getClientId()).isFalse());
        }
    }

    @Test
    void aPasswordShorterThanTwelveCharactersOrEqualToTheEmailIsRefused() {
        String id = realms.users().ensure("voorbeeld", new RealmUsers.Person("kortwachtwoord",
                "kort.wachtwoord@voorbeeld.example", "Kort", "Wachtwoord", null, List.of("resident")));

        assertThatThrownBy(() -> realms.users().setPassword("voorbeeld", id, "elf-tekens!"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> realms.users().setPassword("voorbeeld", id, "kort.wachtwoord@voorbeeld.example"))
                .isInstanceOf(BadRequestException.class);
        realms.users().setPassword("voorbeeld", id, "twaalf-teken");
    }

    @Test
    void staffGetInOnlyWithTheCodeFromTheirAppResidentsWithTheirPassword() {
        Browser moderator = browser();
        HttpResponse<String> askedForCode = moderator.submitPassword(host("voorbeeld"), "moderator", PASSWORD);
        assertThat(Browser.isRedirect(askedForCode)).as("a password alone does not finish the login").isFalse();
        assertThat(Browser.asksForCode(askedForCode)).isTrue();
        assertThat(moderator.get(url("voorbeeld") + "/api/me").statusCode()).isEqualTo(401);

        byte[] key = Totp.base32(Totp.DEMO_SECRET);
        String right = Totp.code(key, Totp.counterNow());
        String wrong = String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);
        HttpResponse<String> refused = moderator.submitCode(askedForCode, wrong);
        assertThat(Browser.asksForCode(refused)).as("a wrong code is asked again").isTrue();
        assertThat(moderator.get(url("voorbeeld") + "/api/me").statusCode()).isEqualTo(401);

        HttpResponse<String> accepted = moderator.submitCode(refused, Totp.nextCode("voorbeeld/moderator", key));
        assertThat(Browser.isRedirect(accepted)).isTrue();
        moderator.follow(Browser.location(accepted));
        HttpResponse<String> me = moderator.get(url("voorbeeld") + "/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("moderator");

        assertThat(Browser.asksForCode(browser().submitPassword("admin.localhost:" + port, "labbeheer", PASSWORD)))
                .as("the lab's staff too").isTrue();
        assertThat(Browser.isRedirect(browser().submitPassword(host("voorbeeld"), "bewoner", PASSWORD)))
                .as("a resident gets in with a password").isTrue();
    }

    @Test
    void keycloaksAdministratorRealmLocksAnAccountAfterRepeatedWrongPasswords() {
        var master = realms.server().admin().realm("master");
        UserRepresentation probe = new UserRepresentation();
        probe.setUsername("inbreekproef");
        probe.setEmail("inbreekproef@lab.example");
        probe.setEmailVerified(true);
        probe.setFirstName("Inbreek");
        probe.setLastName("Proef");
        probe.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("een-lang-proefwachtwoord");
        password.setTemporary(false);
        probe.setCredentials(List.of(password));
        try (var created = master.users().create(probe)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }
        String id = master.users().searchByUsername("inbreekproef", true).getFirst().getId();
        try {
            assertThat(masterGrant("een-lang-proefwachtwoord").statusCode()).isEqualTo(200);
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(masterGrant("geraden-" + attempt).statusCode()).isNotEqualTo(200);
            }
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> Boolean.TRUE.equals(master.attackDetection().bruteForceUserStatus(id).get("disabled")));
            assertThat(masterGrant("een-lang-proefwachtwoord").statusCode())
                    .as("the right password no longer works while locked").isNotEqualTo(200);
        } finally {
            master.users().delete(id).close();
        }
    }

    @Test
    void keycloakAnswersOnlyOnThisMachinesLoopbackAddress() throws Exception {
        int port = URI.create(keycloak()).getPort();
        List<InetAddress> outward = NetworkInterface.networkInterfaces()
                .filter(this::isUp).filter(n -> !isLoopback(n))
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).toList();
        assertThat(outward).as("this machine's non-loopback addresses").isNotEmpty();
        for (InetAddress address : outward) {
            // The site and admin console, and the management interface (health) next to it.
            for (int reached : new int[] {port, port + 1000}) {
                assertThat(connects(new InetSocketAddress(address, reached))).as(address + ":" + reached).isFalse();
            }
        }
        assertThat(connects(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))).isTrue();
    }

    /**
     * The embedded default has a mail server, so residents may register, but only with an address they verify; that
     * server is reached from this machine only. (Without a mail server there is no registration: RealmSettingsTest.)
     */
    @Test
    void residentsRegisterOnlyWithAVerifiedAddressAndTheMailServerListensOnLoopbackOnly() throws Exception {
        var voorbeeld = realms.server().admin().realm("voorbeeld").toRepresentation();
        assertThat(voorbeeld.isRegistrationAllowed()).isTrue();
        assertThat(voorbeeld.isVerifyEmail()).isTrue();
        int smtp = mailbox().port();
        List<InetAddress> outward = NetworkInterface.networkInterfaces().filter(this::isUp).filter(n -> !isLoopback(n))
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).toList();
        for (InetAddress address : outward) {
            assertThat(connects(new InetSocketAddress(address, smtp))).as(address + ":" + smtp).isFalse();
        }
        assertThat(connects(new InetSocketAddress(InetAddress.getLoopbackAddress(), smtp))).isTrue();
    }

    private HttpResponse<String> masterGrant(String password) {
        return browser().post(keycloak() + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "inbreekproef", "password", password));
    }

    private static boolean connects(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (java.net.SocketException e) {
            return false;
        }
    }

    private boolean isLoopback(NetworkInterface network) {
        try {
            return network.isLoopback();
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    private String keycloak() {
        return realms.server().url();
    }

    private String host(String site) {
        return site + ".localhost:" + port;
    }

    private String url(String site) {
        return "http://" + host(site);
    }
}
