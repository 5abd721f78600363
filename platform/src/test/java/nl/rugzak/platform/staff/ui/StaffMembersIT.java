package nl.rugzak.platform.staff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.devservices.EmbeddedMailServer.ReceivedMail;
import nl.rugzak.platform.security.KeycloakPages;
import nl.rugzak.platform.staff.InvalidInvitationException;
import nl.rugzak.platform.staff.StaffMembers;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.platform.support.TestMailbox;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * A municipality's admin invites staff from the back office: the page lists who has which role, the invitation is
 * Keycloak's own mail whose link sets up a working account with the chosen role, bad input is refused at its field
 * with nothing created, only the tenant admin may do it, and only in their own municipality.
 */
class StaffMembersIT extends IntegrationTest {

    private static final String PASSWORD = "een-lang-wachtwoord-2026";
    private static final String DEMO_PASSWORD = "rugzak-demo-2026";

    @Autowired
    ApplicationContext application;
    @Autowired
    DemoUsers users;
    @Autowired
    StaffMembers staff;
    @Autowired
    TenantRealms realms;

    SiteUi site;

    @BeforeEach
    void identity() {
        awaitIdentity();
        site = new SiteUi(application);
    }

    @Test
    void theAdminInvitesAnEditorFromTheStaffPageAndTheMailSetsUpTheAccount() {
        String email = "nieuw-" + unique() + "@voorbeeld.example";
        site.visit("voorbeeld", "beheerder", () -> {
            UI.getCurrent().navigate("beheer/medewerkers");
            StaffMembersView page = _get(StaffMembersView.class);
            assertThat(BrowserlessUi.text(page.list)).contains("Roos Redacteur · redacteur@voorbeeld.example · Redacteur",
                    "Bas Beheerder · beheerder@voorbeeld.example").doesNotContain("oosterhaven");
            _setValue(page.firstName, "Esra");
            _setValue(page.lastName, "Editor");
            _setValue(page.email, email);
            page.roles.setValue(Set.of("editor"));
            _click(page.invite);
            assertThat(page.feedback.getText()).isEqualTo("De uitnodiging is verstuurd naar " + email + ".");
            assertThat(BrowserlessUi.text(page.list)).contains("Esra Editor · " + email + " · Redacteur");
            assertThat(page.email.getValue()).isEmpty();
        });

        ReceivedMail invitation = mailbox().awaitMail(email);
        assertThat(invitation.subject()).isEqualTo("Uitnodiging: maak uw account af");
        assertThat(invitation.html()).contains("Gemeente Voorbeeldstad").doesNotContain("Oosterhaven");
        assertThat(mailbox().to(email)).hasSize(1);
        String link = TestMailbox.links(invitation).stream().filter(l -> l.contains("action-token")).findFirst().orElseThrow();
        Browser invitee = browser();
        HttpResponse<String> choose = KeycloakPages.open(invitee, link);
        assertThat(choose.body()).contains("name=\"password-new\"");
        KeycloakPages.submit(invitee, choose, Map.of("password-new", PASSWORD, "password-confirm", PASSWORD));

        Browser loggingIn = browser();
        loggingIn.logIn(host("voorbeeld"), email, PASSWORD);
        HttpResponse<String> me = loggingIn.get(url("voorbeeld") + "/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"editor\"").doesNotContain("tenant-admin");
        assertThat(roles("voorbeeld", email)).contains("editor").doesNotContain("tenant-admin", "moderator");
    }

    @Test
    void badInputIsRefusedAtItsFieldInDutchAndCreatesNobody() {
        String fresh = "nog-niet-" + unique() + "@voorbeeld.example";
        site.visit("voorbeeld", "beheerder", () -> {
            UI.getCurrent().navigate("beheer/medewerkers");
            StaffMembersView page = _get(StaffMembersView.class);
            _click(page.invite);
            assertThat(page.firstName.getErrorMessage()).isEqualTo("Vul een voornaam in.");
            assertThat(page.lastName.getErrorMessage()).isEqualTo("Vul een achternaam in.");
            assertThat(page.email.getErrorMessage()).isEqualTo("Vul een geldig e-mailadres in, zoals naam@gemeente.nl.");
            assertThat(page.roles.getErrorMessage()).isEqualTo("Kies minstens één rol.");
            assertThat(List.of(page.firstName.isInvalid(), page.lastName.isInvalid(), page.email.isInvalid(),
                    page.roles.isInvalid())).containsOnly(true);

            // An address someone here already has: refused, and that person does not get the chosen role.
            _setValue(page.firstName, "Roos");
            _setValue(page.lastName, "Redacteur");
            _setValue(page.email, "Redacteur@voorbeeld.example");
            page.roles.setValue(Set.of("tenant-admin"));
            _click(page.invite);
            assertThat(page.email.getErrorMessage()).isEqualTo("Iemand op deze site heeft dit e-mailadres al.");
            assertThat(page.firstName.isInvalid()).isFalse();
            assertThat(page.feedback.getText()).contains("Iemand op deze site heeft dit e-mailadres al.");

            // A fresh address but no role.
            _setValue(page.email, fresh);
            page.roles.clear();
            _click(page.invite);
            assertThat(page.roles.getErrorMessage()).isEqualTo("Kies minstens één rol.");
            assertThat(page.email.isInvalid()).isFalse();
        });
        assertThat(roles("voorbeeld", "redacteur@voorbeeld.example")).doesNotContain("tenant-admin");
        assertThat(userExists("voorbeeld", fresh)).isFalse();

        // The service itself refuses what the form cannot send: a role that is not a staff role, a line break.
        assertThatThrownBy(() -> users.run("voorbeeld", "beheerder", () -> staff.invite(
                new StaffMembers.Invitation("Lab", "Baas", fresh, Set.of("lab-admin")))))
                .isInstanceOf(InvalidInvitationException.class).hasMessage("Kies minstens één rol.");
        assertThatThrownBy(() -> users.run("voorbeeld", "beheerder", () -> staff.invite(
                new StaffMembers.Invitation("Eva\r\nBcc: x", "Kwaad", fresh, Set.of("editor")))))
                .isInstanceOf(InvalidInvitationException.class).hasMessageContaining("geen nieuwe regel");
        assertThat(userExists("voorbeeld", fresh)).isFalse();
        assertThat(mailbox().to(fresh)).isEmpty();
        assertThat(mailbox().to("redacteur@voorbeeld.example")).noneMatch(mail -> mail.subject().startsWith("Uitnodiging"));
    }

    @Test
    void onlyTheTenantAdminMayListOrInvite() {
        String email = "stiekem-" + unique() + "@voorbeeld.example";
        StaffMembers.Invitation invitation = new StaffMembers.Invitation("Stiek", "Em", email, Set.of("tenant-admin"));
        for (String who : List.of("redacteur", "moderator", "bewoner")) {
            assertThatThrownBy(() -> users.run("voorbeeld", who, () -> staff.invite(invitation)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run("voorbeeld", who, staff::all))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        site.visit("voorbeeld", "redacteur", () -> {
            UI.getCurrent().navigate("beheer");
            assertThat(BrowserlessUi.text(_get(StaffLayout.class))).doesNotContain("Medewerkers");
            // The site's access check refuses the page (karibu's access-denied view throws where the site shows it).
            assertThatThrownBy(() -> UI.getCurrent().navigate("beheer/medewerkers"))
                    .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
            assertThat(_find(StaffMembersView.class)).isEmpty();
        });
        assertThat(userExists("voorbeeld", email)).isFalse();
        assertThat(mailbox().to(email)).isEmpty();
    }

    @Test
    void anAdminSeesAndInvitesOnlyInTheirOwnMunicipality() {
        String email = "alleen-voorbeeld-" + unique() + "@example.org";
        List<String> seenAtVoorbeeld = users.as("voorbeeld", "beheerder", staff::all).stream()
                .map(StaffMembers.StaffMember::email).toList();
        assertThat(seenAtVoorbeeld).contains("redacteur@voorbeeld.example")
                .noneMatch(address -> address.contains("oosterhaven"));

        users.run("voorbeeld", "beheerder", () -> staff.invite(
                new StaffMembers.Invitation("Vera", "Voor", email, Set.of("moderator"))));
        assertThat(userExists("voorbeeld", email)).isTrue();
        assertThat(userExists("oosterhaven", email)).isFalse();
        assertThat(users.as("oosterhaven", "beheerder", staff::all)).extracting(StaffMembers.StaffMember::email)
                .contains("redacteur@oosterhaven.example").doesNotContain(email)
                .noneMatch(address -> address.contains("voorbeeld"));
        ReceivedMail invitation = mailbox().awaitMail(email);
        assertThat(invitation.html()).doesNotContain("Oosterhaven");

        // Voorbeeld's admin session opens nothing of Oosterhaven's staff page.
        Browser admin = browser();
        admin.logIn(host("voorbeeld"), "beheerder", DEMO_PASSWORD);
        String session = admin.cookiesOf(host("voorbeeld")).get("JSESSIONID");
        Browser replaying = browser();
        replaying.setCookie(host("oosterhaven"), "JSESSIONID", session);
        HttpResponse<String> staffPage = replaying.get(url("oosterhaven") + "/beheer/medewerkers");
        assertThat(Browser.location(staffPage)).endsWith("/inloggen");
    }

    private boolean userExists(String realm, String email) {
        return !realms.server().admin().realm(realm).users().searchByEmail(email, true).isEmpty();
    }

    private List<String> roles(String realm, String email) {
        var resource = realms.server().admin().realm(realm).users();
        String id = resource.searchByEmail(email, true).getFirst().getId();
        return resource.get(id).roles().realmLevel().listAll().stream().map(RoleRepresentation::getName).toList();
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
