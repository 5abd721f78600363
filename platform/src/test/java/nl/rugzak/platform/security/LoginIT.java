package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.platform.staff.ui.StaffHomeView;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.console.ui.TenantListView;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Real logins through Keycloak's own pages, at HTTP level, against the embedded Keycloak. */
class LoginIT extends IntegrationTest {

    static final String PASSWORD = "rugzak-demo-2026";
    static final TenantId VOORBEELD = new TenantId("voorbeeld");
    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ResidentProfiles profiles;
    @Autowired
    SiteService site;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void aResidentLogsInWithTheAuthorizationCodeFlowAndPkce() throws Exception {
        Browser browser = browser();
        HttpResponse<String> toRegistration = browser.get(url("voorbeeld") + "/inloggen");
        assertThat(Browser.location(toRegistration)).endsWith("/oauth2/authorization/kc-voorbeeld");
        HttpResponse<String> toKeycloak = browser.get(Browser.location(toRegistration));
        assertThat(Browser.location(toKeycloak))
                .contains("/realms/voorbeeld/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256")
                .contains("redirect_uri=" + url("voorbeeld") + "/login/oauth2/code/kc-voorbeeld");

        HttpResponse<String> landed = browser.logIn(host("voorbeeld"), "bewoner", PASSWORD);

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().toString()).isEqualTo(url("voorbeeld") + "/");
        JsonNode me = me(browser, "voorbeeld");
        assertThat(me.get("site").asText()).isEqualTo("voorbeeld");
        assertThat(me.get("issuer").asText()).endsWith("/realms/voorbeeld");
        assertThat(roles(me)).contains("resident").doesNotContain("editor", "moderator", "tenant-admin");

        String subject = me.get("subject").asText();
        var profile = TenantContext.call(VOORBEELD, () -> profiles.find(subject)).orElseThrow();
        assertThat(profile.displayName()).isEqualTo("Bo Bewoner");
        assertThat(profile.email()).isEqualTo("bewoner@voorbeeld.example");
        assertThat(TenantContext.call(OOSTERHAVEN, () -> profiles.find(subject))).isEmpty();
    }

    @Test
    void rolesDecideWhoReachesStaffViewsAndStaffServices() throws Exception {
        Browser editor = browser();
        editor.logIn(host("voorbeeld"), "redacteur", PASSWORD);
        Browser resident = browser();
        resident.logIn(host("voorbeeld"), "bewoner", PASSWORD);
        Set<String> editorRoles = roles(me(editor, "voorbeeld"));
        Set<String> residentRoles = roles(me(resident, "voorbeeld"));

        AccessAnnotationChecker views = new AccessAnnotationChecker();
        assertThat(views.hasAccess(StaffHomeView.class, () -> "redacteur", editorRoles::contains)).isTrue();
        assertThat(views.hasAccess(StaffHomeView.class, () -> "bewoner", residentRoles::contains)).isFalse();

        String[] asEditor = editorRoles.toArray(String[]::new);
        String[] asResident = residentRoles.toArray(String[]::new);
        // Editors write the home page's introduction (the legal pages are the tenant admin's); residents nothing.
        var home = TenantContext.call(VOORBEELD, () -> site.page("home").orElseThrow());
        TenantContext.run(VOORBEELD, () -> asUser().run(() -> site.write("home", "Door de redacteur", ""), asEditor));
        assertThat(TenantContext.call(VOORBEELD, () -> site.page("home")).orElseThrow().getTitle())
                .isEqualTo("Door de redacteur");
        TenantContext.run(VOORBEELD, () -> asUser().run(() -> site.write("home", home.getTitle(), home.getBody()), asEditor));
        assertThatThrownBy(() -> TenantContext.run(VOORBEELD,
                () -> asUser().run(() -> site.write("privacy", "Door de redacteur", ""), asEditor)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TenantContext.run(VOORBEELD,
                () -> asUser().run(() -> site.write("home", "Door een bewoner", ""), asResident)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TenantContext.run(VOORBEELD, () -> site.write("rollen", "Anoniem", "")))
                .isInstanceOf(AuthenticationException.class);
        assertThat(TenantContext.call(VOORBEELD, () -> site.page("privacy")).orElseThrow().getTitle())
                .isNotEqualTo("Door de redacteur");
        assertThat(TenantContext.call(VOORBEELD, () -> site.page("home")).orElseThrow().getTitle())
                .isEqualTo(home.getTitle());
    }

    @Test
    void aSessionFromVoorbeeldGivesNothingAtOosterhavenNorAtTheAdminHost() throws Exception {
        Browser staff = browser();
        staff.logIn(host("voorbeeld"), "beheerder", PASSWORD);
        assertThat(roles(me(staff, "voorbeeld"))).contains("tenant-admin");
        String session = staff.cookiesOf(host("voorbeeld")).get("JSESSIONID");
        assertThat(session).isNotNull();

        Browser replaying = browser();
        replaying.setCookie(host("oosterhaven"), "JSESSIONID", session);
        HttpResponse<String> atOosterhaven = replaying.get(url("oosterhaven") + "/api/me");
        assertThat(atOosterhaven.statusCode()).isEqualTo(401);
        HttpResponse<String> staffPage = replaying.get(url("oosterhaven") + "/beheer");
        assertThat(Browser.location(staffPage)).endsWith("/inloggen");

        replaying.setCookie(host("admin"), "JSESSIONID", session);
        assertThat(replaying.get(url("admin") + "/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aMunicipalAdminCannotLogInOnTheAdminHostAndTheLabAdminCan() throws Exception {
        Browser municipal = browser();
        HttpResponse<String> refused = municipal.logIn(host("admin"), "beheerder", PASSWORD);
        assertThat(refused.uri().getPath()).contains("/realms/lab/");
        assertThat(municipal.get(url("admin") + "/api/me").statusCode()).isEqualTo(401);

        Browser lab = browser();
        lab.logIn(host("admin"), "labbeheer", PASSWORD);
        JsonNode me = me(lab, "admin");
        assertThat(me.get("site").asText()).isEqualTo("admin");
        assertThat(me.get("issuer").asText()).endsWith("/realms/lab");
        assertThat(roles(me)).contains("lab-admin");

        AccessAnnotationChecker views = new AccessAnnotationChecker();
        assertThat(views.hasAccess(TenantListView.class, () -> "labbeheer", roles(me)::contains)).isTrue();
        assertThat(views.hasAccess(TenantListView.class, () -> "beheerder",
                List.of("resident", "tenant-admin", "editor", "moderator")::contains)).isFalse();
    }

    private JsonNode me(Browser browser, String site) throws Exception {
        HttpResponse<String> response = browser.get(url(site) + "/api/me");
        assertThat(response.statusCode()).as("logged in at " + site).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Set<String> roles(JsonNode me) {
        return JSON.convertValue(me.get("roles"), new com.fasterxml.jackson.core.type.TypeReference<Set<String>>() { });
    }

    private String host(String site) {
        return site + ".localhost:" + port;
    }

    private String url(String site) {
        return "http://" + host(site);
    }

}
