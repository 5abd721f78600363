package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import nl.rugzak.platform.devservices.EmbeddedMailServer.ReceivedMail;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.TestMailbox;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.identity.AdminInvitations;
import nl.rugzak.tenantadmin.identity.RealmUsers;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.mail.MailIdentities;
import nl.rugzak.tenantadmin.mail.MailIdentity;
import nl.rugzak.tenantadmin.mail.MailIdentityStore;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keycloak's own mail, through Keycloak's own pages at HTTP level and the embedded SMTP server: address
 * verification before a self-registered resident gets in, "wachtwoord vergeten", invitations of staff in the
 * municipality's language and house style, and each municipality's own sender.
 */
class KeycloakMailIT extends IntegrationTest {

    private static final TenantId VOORBEELD = new TenantId("voorbeeld");
    private static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");
    private static final String PASSWORD = "een-lang-wachtwoord-2026";

    @Autowired
    TenantRealms realms;
    @Autowired
    TenantRegistry registry;
    @Autowired
    AdminInvitations invitations;
    @Autowired
    ThemeStore themes;
    @Autowired
    MailIdentities identities;
    @Autowired
    MailIdentityStore storedIdentities;
    @Autowired
    TenantSettings settings;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void aSelfRegisteredResidentGetsInOnlyAfterVerifyingTheAddress() {
        String name = "nina-" + unique();
        String email = name + "@example.org";
        Browser resident = browser();
        HttpResponse<String> login = resident.follow(url("voorbeeld") + "/inloggen");
        HttpResponse<String> form = resident.follow(KeycloakPages.link(login, "login-actions/registration").orElseThrow());

        // With address verification on, Keycloak (26.7) asks for the password only after the link in the mail is
        // followed, so nobody can choose the password of an address that is not theirs.
        assertThat(form.body()).contains("name=\"email\"").doesNotContain("name=\"password\"");
        HttpResponse<String> registered = KeycloakPages.submit(resident, form, Map.of("username", name, "email", email,
                "firstName", "Nina", "lastName", "Nieuw"));

        // Keycloak asks for the verification and lets nobody in: no session at the site, so nothing can be posted.
        assertThat(registered.uri().getPath()).contains("/realms/voorbeeld/");
        assertThat(resident.get(url("voorbeeld") + "/api/me").statusCode()).isEqualTo(401);
        ReceivedMail verification = mailbox().awaitMail(email);
        assertThat(verification.subject()).isEqualTo("E-mailadres verifiëren");
        assertThat(verification.from()).contains("Gemeente Voorbeeldstad").contains(identities.of(VOORBEELD).fromAddress());
        assertThat(verification.html()).contains("Gemeente Voorbeeldstad").doesNotContain("Oosterhaven");

        Browser secondDevice = browser();
        HttpResponse<String> refused = secondDevice.logIn(host("voorbeeld"), name, PASSWORD);
        assertThat(refused.uri().getPath()).contains("/realms/voorbeeld/");
        assertThat(secondDevice.get(url("voorbeeld") + "/api/me").statusCode()).isEqualTo(401);

        String link = TestMailbox.links(verification).stream().filter(l -> l.contains("action-token")).findFirst().orElseThrow();
        HttpResponse<String> choose = KeycloakPages.open(resident, link);
        assertThat(choose.body()).contains("name=\"password-new\"");
        KeycloakPages.submit(resident, choose, Map.of("password-new", PASSWORD, "password-confirm", PASSWORD));

        // The address is verified: from now on logging in works, as a resident with a session that can post.
        Browser later = browser();
        later.logIn(host("voorbeeld"), name, PASSWORD);
        HttpResponse<String> me = later.get(url("voorbeeld") + "/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"resident\"").contains("Nina Nieuw");
    }

    @Test
    void forgottenPasswordMailLetsTheResidentChooseANewOneAndLogInWithIt() {
        String name = "vera-" + unique();
        String email = name + "@example.org";
        realms.users().ensure("voorbeeld", new RealmUsers.Person(name, email, "Vera", "Vergeet", "het-oude-wachtwoord-1",
                List.of("resident")));
        Browser resident = browser();
        HttpResponse<String> login = resident.follow(url("voorbeeld") + "/inloggen");
        assertThat(login.body()).contains("Wachtwoord vergeten?");

        HttpResponse<String> form = resident.follow(KeycloakPages.link(login, "login-actions/reset-credentials").orElseThrow());
        KeycloakPages.submit(resident, form, Map.of("username", email));
        ReceivedMail reset = mailbox().awaitMail(email);
        assertThat(reset.subject()).isEqualTo("Wachtwoord opnieuw instellen");
        String link = TestMailbox.links(reset).stream().filter(l -> l.contains("action-token")).findFirst().orElseThrow();

        HttpResponse<String> choose = KeycloakPages.open(resident, link);
        assertThat(choose.body()).contains("name=\"password-new\"");
        KeycloakPages.submit(resident, choose, Map.of("password-new", PASSWORD, "password-confirm", PASSWORD));
        assertThat(resident.get(url("voorbeeld") + "/api/me").statusCode()).isEqualTo(200);

        Browser withNew = browser();
        withNew.logIn(host("voorbeeld"), name, PASSWORD);
        assertThat(withNew.get(url("voorbeeld") + "/api/me").statusCode()).isEqualTo(200);
        Browser withOld = browser();
        withOld.logIn(host("voorbeeld"), name, "het-oude-wachtwoord-1");
        assertThat(withOld.get(url("voorbeeld") + "/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aStaffInvitationComesInTheMunicipalitysLanguageAndHouseStyleAndSetsUpTheAccount() {
        Tenant voorbeeld = registry.find(VOORBEELD).orElseThrow();
        String email = "redacteur-" + unique() + "@voorbeeld.example";

        invitations.inviteStaff(voorbeeld, "Ravi", "Redacteur", email, List.of("editor"));

        ReceivedMail invitation = mailbox().awaitMail(email);
        assertThat(invitation.subject()).isEqualTo("Uitnodiging: maak uw account af");
        String colour = themes.published(VOORBEELD).orElseThrow().tokens().primary().css();
        assertThat(invitation.html()).contains("data-rugzak-colour=\"" + colour + "\"").contains("background:" + colour)
                .contains("Gemeente Voorbeeldstad").contains("U bent uitgenodigd").doesNotContain("Oosterhaven");
        assertThat(invitation.from()).contains(identities.of(VOORBEELD).fromAddress());

        Browser staff = browser();
        String link = TestMailbox.links(invitation).stream().filter(l -> l.contains("action-token")).findFirst().orElseThrow();
        HttpResponse<String> choose = KeycloakPages.open(staff, link);
        assertThat(choose.body()).contains("name=\"password-new\"");
        KeycloakPages.submit(staff, choose, Map.of("password-new", PASSWORD, "password-confirm", PASSWORD));

        Browser loggingIn = browser();
        loggingIn.logIn(host("voorbeeld"), email, PASSWORD);
        HttpResponse<String> me = loggingIn.get(url("voorbeeld") + "/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"editor\"");
    }

    @Test
    void eachMunicipalitysMailUsesItsOwnSenderAndNamesNoOther() throws Exception {
        try {
            asUser().run(() -> settings.setMailIdentity(OOSTERHAVEN, new MailIdentity("Participatie Oosterhaven",
                    "participatie@oosterhaven.example", "balie@oosterhaven.example", "Gemeente Oosterhaven · Postbus 1")),
                    "lab-admin");
            assertThat(identities.of(OOSTERHAVEN)).isEqualTo(new MailIdentity("Participatie Oosterhaven",
                    "participatie@oosterhaven.example", "balie@oosterhaven.example", "Gemeente Oosterhaven · Postbus 1"));
            assertThat(realms.server().admin().realm("oosterhaven").toRepresentation().getSmtpServer())
                    .containsEntry("from", "participatie@oosterhaven.example")
                    .containsEntry("fromDisplayName", "Participatie Oosterhaven")
                    .containsEntry("replyTo", "balie@oosterhaven.example");

            String atOosterhaven = "o-" + unique() + "@example.org";
            String atVoorbeeld = "v-" + unique() + "@example.org";
            invitations.inviteStaff(registry.find(OOSTERHAVEN).orElseThrow(), "Olga", "Oost", atOosterhaven, List.of("moderator"));
            invitations.inviteStaff(registry.find(VOORBEELD).orElseThrow(), "Vince", "Voor", atVoorbeeld, List.of("moderator"));

            ReceivedMail oosterhaven = mailbox().awaitMail(atOosterhaven);
            assertThat(oosterhaven.from()).contains("Participatie Oosterhaven").contains("participatie@oosterhaven.example");
            assertThat(Arrays.stream(oosterhaven.message().getReplyTo()).map(Address::toString))
                    .containsExactly("balie@oosterhaven.example");
            assertThat(oosterhaven.html()).contains("Postbus 1").doesNotContain("Voorbeeld");
            ReceivedMail voorbeeld = mailbox().awaitMail(atVoorbeeld);
            assertThat(voorbeeld.from()).doesNotContain("oosterhaven").doesNotContain("Oosterhaven");
            assertThat(voorbeeld.html()).doesNotContain("Oosterhaven").doesNotContain("Postbus 1");
        } finally {
            jdbc.sql("DELETE FROM control.tenant_mail_identity WHERE tenant_slug = 'oosterhaven'").update();
            realms.provision(registry.find(OOSTERHAVEN).orElseThrow());
        }
    }

    @Test
    void aBadMailIdentityIsRefusedInDutchAndNothingIsStored() {
        MailIdentity headerInjection = new MailIdentity("Oosterhaven\r\nBcc: iedereen@example.org",
                "participatie@oosterhaven.example", "", "");
        MailIdentity noAddress = new MailIdentity("Oosterhaven", "geen-adres", "", "");
        MailIdentity badReplyTo = new MailIdentity("Oosterhaven", "participatie@oosterhaven.example", "balie", "");

        assertThatThrownBy(() -> asUser().run(() -> settings.setMailIdentity(OOSTERHAVEN, headerInjection), "lab-admin"))
                .hasMessageContaining("naam van de afzender");
        assertThatThrownBy(() -> asUser().run(() -> settings.setMailIdentity(OOSTERHAVEN, noAddress), "lab-admin"))
                .hasMessageContaining("geldig afzenderadres");
        assertThatThrownBy(() -> asUser().run(() -> settings.setMailIdentity(OOSTERHAVEN, badReplyTo), "lab-admin"))
                .hasMessageContaining("geldig antwoordadres");
        assertThatThrownBy(() -> asUser().run(() -> settings.setMailIdentity(OOSTERHAVEN,
                new MailIdentity("Oosterhaven", "participatie@oosterhaven.example", "", "x".repeat(501))), "lab-admin"))
                .hasMessageContaining("voettekst is te lang");
        assertThatThrownBy(() -> asUser().run(() -> settings.setMailIdentity(OOSTERHAVEN, noAddress), "editor", "tenant-admin"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        assertThat(storedIdentities.find(OOSTERHAVEN)).isEmpty();
        assertThat(audit.find(new AuditLog.Filter("oosterhaven", "tenant.mail-identity", AuditLog.Outcome.REFUSED, null), 10))
                .hasSizeGreaterThanOrEqualTo(4);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String host(String site) {
        return site + ".localhost:" + port;
    }

    private String url(String site) {
        return "http://" + host(site);
    }
}
