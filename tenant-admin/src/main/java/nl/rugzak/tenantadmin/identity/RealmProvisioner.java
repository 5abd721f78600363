package nl.rugzak.tenantadmin.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Brings a realm to what its {@link RealmSpec} says, whatever state it is in: missing, half made, or out of date
 * (e.g. a domain was added). It creates and updates, and never deletes users.
 */
public class RealmProvisioner {

    static final String ROLES_MAPPER = "realm roles";
    static final String API_AUDIENCE_MAPPER = "rugzak api audience";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakServer server;
    private final RealmMail mail;

    public RealmProvisioner(KeycloakServer server, RealmMail mail) {
        this.server = server;
        this.mail = mail;
    }

    public ProvisionedClient provision(RealmSpec spec, String knownSecret) {
        Keycloak admin = server.admin();
        RealmResource realm = ensureRealm(admin, spec);
        ensureRoles(realm, spec);
        String secret = ensureClient(realm, spec, knownSecret);
        if (spec.residentApi()) {
            ensureApiClient(realm, spec);
        }
        ensureNoPasswordGrant(realm);
        TwoFactorLogin.ensure(realm);
        ensureMailBranding(realm, spec);
        return new ProvisionedClient(spec.realm(), RealmSpec.CLIENT_ID, secret);
    }

    /**
     * Keycloak's own administrator realm ({@code master}) in the embedded default: an administrator password guessed
     * online is locked out after a few tries, as in every realm of ours.
     */
    public void protectAdminRealm() {
        RealmRepresentation master = new RealmRepresentation();
        master.setRealm("master");
        lockOutAfterFailures(master);
        server.admin().realm("master").update(master);
    }

    private RealmResource ensureRealm(Keycloak admin, RealmSpec spec) {
        RealmRepresentation wanted = realmSettings(spec, mail);
        boolean exists = admin.realms().findAll().stream().anyMatch(r -> r.getRealm().equals(spec.realm()));
        if (!exists) {
            admin.realms().create(wanted);
        } else {
            admin.realm(spec.realm()).update(wanted);
        }
        return admin.realm(spec.realm());
    }

    /**
     * The realm's policies, chosen on purpose: short tokens, a working day of session, lock-out after failures, and
     * self-registration only where Keycloak can mail (an address must be verified before it is an account).
     */
    static RealmRepresentation realmSettings(RealmSpec spec, RealmMail mail) {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(spec.realm());
        realm.setDisplayName(spec.displayName());
        realm.setEnabled(true);
        realm.setRegistrationAllowed(spec.selfRegistration() && mail.configured());
        // Keycloak asks for the verified address before it lets anyone in ("Verify your e-mail" page, in the
        // realm's language): an unverified account never gets a session, so it cannot post anything.
        realm.setVerifyEmail(mail.configured());
        // "Wachtwoord vergeten?" only where a reset mail can actually go out.
        realm.setResetPasswordAllowed(mail.configured());
        realm.setEmailTheme(RealmSpec.EMAIL_THEME);
        realm.setSmtpServer(mail.configured() ? mail.smtpServer() : Map.of());
        realm.setRememberMe(true);
        realm.setLoginWithEmailAllowed(true);
        realm.setDuplicateEmailsAllowed(false);
        realm.setSslRequired("external");
        lockOutAfterFailures(realm);
        realm.setPasswordPolicy("length(12) and maxLength(128) and notUsername and notEmail");
        // What authenticator apps (and the README's demo secret) assume: RFC 6238 with SHA-1, 6 digits, 30 seconds.
        realm.setOtpPolicyType("totp");
        realm.setOtpPolicyAlgorithm("HmacSHA1");
        realm.setOtpPolicyDigits(6);
        realm.setOtpPolicyPeriod(30);
        realm.setOtpPolicyLookAheadWindow(1);
        realm.setOtpPolicyCodeReusable(false);
        realm.setInternationalizationEnabled(true);
        realm.setSupportedLocales(new HashSet<>(spec.locales()));
        realm.setDefaultLocale(spec.locales().contains("nl") ? "nl" : spec.locales().getFirst());
        // Access tokens live five minutes; an idle session ends after 30 minutes, any session after 10 hours.
        realm.setAccessTokenLifespan(300);
        realm.setAccessCodeLifespan(60);
        realm.setAccessCodeLifespanLogin(1800);
        realm.setSsoSessionIdleTimeout(1800);
        realm.setSsoSessionMaxLifespan(36000);
        realm.setOfflineSessionIdleTimeout(0);
        realm.setLoginTheme(RealmSpec.LOGIN_THEME);
        // The login theme escapes the name; displayNameHtml is what Keycloak shows in the page header.
        realm.setDisplayNameHtml(org.jsoup.nodes.Entities.escape(spec.displayName()));
        Map<String, String> attributes = new HashMap<>(RealmBranding.NONE_ATTRIBUTES);
        attributes.put(RealmBranding.NAME, spec.displayName());
        attributes.putAll(spec.branding());
        realm.setAttributes(attributes);
        return realm;
    }

    /** Realm localization keys Rugzak's e-mail theme reads (mail templates see no realm attributes). */
    static final String MAIL_NAME = "rugzakName";
    static final String MAIL_LOGO = "rugzakLogoUrl";
    static final String MAIL_COLOUR = "rugzakPrimaryColour";
    static final String MAIL_CONTRAST = "rugzakPrimaryContrast";
    static final String MAIL_FOOTER = "rugzakFooter";

    /** What the e-mail theme shows around each mail: the municipality's name, logo, colours and footer. */
    static Map<String, String> mailBranding(RealmSpec spec, RealmMail mail) {
        Map<String, String> texts = new HashMap<>();
        texts.put(MAIL_NAME, mail.fromName().isEmpty() ? spec.displayName() : mail.fromName());
        texts.put(MAIL_LOGO, spec.branding().getOrDefault(RealmBranding.LOGO_URL, ""));
        texts.put(MAIL_COLOUR, spec.branding().getOrDefault(RealmBranding.PRIMARY_COLOUR, ""));
        texts.put(MAIL_CONTRAST, spec.branding().getOrDefault(RealmBranding.PRIMARY_CONTRAST, ""));
        texts.put(MAIL_FOOTER, mail.footer());
        return texts;
    }

    /** Sets the theme's texts in every language of the realm; an empty value is removed so the theme's default shows. */
    private void ensureMailBranding(RealmResource realm, RealmSpec spec) {
        Map<String, String> wanted = mailBranding(spec, mail);
        for (String locale : spec.locales()) {
            Map<String, String> present = realm.localization().getRealmLocalizationTexts(locale);
            Map<String, String> set = new HashMap<>();
            wanted.forEach((key, value) -> {
                if (!value.isBlank()) {
                    set.put(key, value);
                } else if (present.containsKey(key)) {
                    realm.localization().deleteRealmLocalizationText(locale, key);
                }
            });
            if (!set.isEmpty()) {
                realm.localization().createOrUpdateRealmLocalizationTexts(locale, set);
            }
        }
    }

    /** Five failed logins lock an account for a minute, growing to 15 minutes; a day without failures forgets them. */
    private static void lockOutAfterFailures(RealmRepresentation realm) {
        realm.setBruteForceProtected(true);
        realm.setPermanentLockout(false);
        realm.setFailureFactor(5);
        realm.setWaitIncrementSeconds(60);
        realm.setMaxFailureWaitSeconds(900);
        realm.setMaxDeltaTimeSeconds(43200);
    }

    /**
     * No client of the realm takes a username and password directly (OAuth's password grant), not even Keycloak's
     * built-in {@code admin-cli}: that way would skip the second factor and the login page's protections.
     */
    private static void ensureNoPasswordGrant(RealmResource realm) {
        for (ClientRepresentation client : realm.clients().findAll()) {
            if (Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled())) {
                client.setDirectAccessGrantsEnabled(false);
                realm.clients().get(client.getId()).update(client);
            }
        }
    }

    private static void ensureRoles(RealmResource realm, RealmSpec spec) {
        Set<String> existing = new HashSet<>();
        realm.roles().list().forEach(role -> existing.add(role.getName()));
        for (String role : spec.roles()) {
            if (!existing.contains(role)) {
                realm.roles().create(new RoleRepresentation(role, null, false));
            }
        }
        if (!spec.twoFactorRoles().isEmpty() && !existing.contains(TwoFactorLogin.ROLE)) {
            realm.roles().create(new RoleRepresentation(TwoFactorLogin.ROLE,
                    "Part of every staff role: logs in with a code from an authenticator app", false));
        }
        for (String role : spec.twoFactorRoles()) {
            var staff = realm.roles().get(role);
            if (staff.getRoleComposites().stream().noneMatch(r -> r.getName().equals(TwoFactorLogin.ROLE))) {
                staff.addComposites(List.of(realm.roles().get(TwoFactorLogin.ROLE).toRepresentation()));
            }
        }
        if (spec.defaultRole() != null) {
            var defaults = realm.roles().get("default-roles-" + spec.realm());
            boolean present = defaults.getRoleComposites().stream().anyMatch(r -> r.getName().equals(spec.defaultRole()));
            if (!present) {
                defaults.addComposites(List.of(realm.roles().get(spec.defaultRole()).toRepresentation()));
            }
        }
    }

    private static String ensureClient(RealmResource realm, RealmSpec spec, String knownSecret) {
        String secret = knownSecret != null ? knownSecret : newSecret();
        String id = createOrUpdate(realm, spec, clientSettings(spec, secret));
        ensureRolesMapper(realm, id);
        return realm.clients().get(id).getSecret().getValue();
    }

    static ClientRepresentation clientSettings(RealmSpec spec, String secret) {
        ClientRepresentation client = codeFlowClient(spec, RealmSpec.CLIENT_ID, "Rugzak", spec.redirectUris());
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setSecret(secret);
        client.setFrontchannelLogout(true);
        client.setBaseUrl("/");
        return client;
    }

    /**
     * What both of the realm's clients are: OpenID Connect with the authorization code flow and PKCE (S256) only,
     * to exactly these redirect URIs on the realm's sites.
     */
    private static ClientRepresentation codeFlowClient(RealmSpec spec, String clientId, String name,
                                                       List<String> redirectUris) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setProtocol("openid-connect");
        client.setEnabled(true);
        client.setStandardFlowEnabled(true);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(false);
        client.setRootUrl(spec.siteUrls().getFirst());
        client.setRedirectUris(new ArrayList<>(redirectUris));
        client.setWebOrigins(new ArrayList<>(spec.siteUrls()));
        Map<String, String> attributes = new HashMap<>();
        attributes.put("pkce.code.challenge.method", "S256");
        attributes.put("post.logout.redirect.uris", String.join("##", spec.postLogoutRedirectUris()));
        client.setAttributes(attributes);
        return client;
    }

    /**
     * The residents' API client: public (an app cannot keep a secret), authorization code with PKCE (S256) only, to
     * the exact API pages of the realm's sites, no consent screen of its own (the municipality offers it). Its
     * access tokens name {@link RealmSpec#API_CLIENT_ID} as audience, which the API demands.
     */
    private static void ensureApiClient(RealmResource realm, RealmSpec spec) {
        ensureAudienceMapper(realm, createOrUpdate(realm, spec, apiClientSettings(spec)));
    }

    /** Makes the realm's client with this client id look as wanted (created or overwritten); returns its id. */
    private static String createOrUpdate(RealmResource realm, RealmSpec spec, ClientRepresentation wanted) {
        List<ClientRepresentation> found = realm.clients().findByClientId(wanted.getClientId());
        if (!found.isEmpty()) {
            String id = found.getFirst().getId();
            wanted.setId(id);
            realm.clients().get(id).update(wanted);
            return id;
        }
        try (Response response = realm.clients().create(wanted)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused the client " + wanted.getClientId() + " in realm "
                        + spec.realm() + ": HTTP " + response.getStatus());
            }
        }
        return realm.clients().findByClientId(wanted.getClientId()).getFirst().getId();
    }

    static ClientRepresentation apiClientSettings(RealmSpec spec) {
        ClientRepresentation client = codeFlowClient(spec, RealmSpec.API_CLIENT_ID, "Rugzak API", spec.apiRedirectUris());
        client.setDescription("Residents' apps acting for them through the participation API");
        client.setPublicClient(true);
        client.setConsentRequired(false);
        client.setFullScopeAllowed(true);
        return client;
    }

    /** Access tokens of the API client carry the API's audience (Keycloak leaves its own client out of {@code aud}). */
    private static void ensureAudienceMapper(RealmResource realm, String clientId) {
        var mappers = realm.clients().get(clientId).getProtocolMappers();
        boolean present = mappers.getMappers().stream().anyMatch(m -> API_AUDIENCE_MAPPER.equals(m.getName()));
        if (present) {
            return;
        }
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(API_AUDIENCE_MAPPER);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of(
                "included.client.audience", RealmSpec.API_CLIENT_ID,
                "id.token.claim", "false",
                "access.token.claim", "true",
                "introspection.token.claim", "true"));
        try (Response response = mappers.createMapper(mapper)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused the API audience mapper: HTTP " + response.getStatus());
            }
        }
    }

    /** Realm roles go into the ID token and userinfo as claim {@code roles}, where the platform reads them. */
    private static void ensureRolesMapper(RealmResource realm, String clientId) {
        var mappers = realm.clients().get(clientId).getProtocolMappers();
        boolean present = mappers.getMappers().stream().anyMatch(m -> ROLES_MAPPER.equals(m.getName()));
        if (present) {
            return;
        }
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(ROLES_MAPPER);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-usermodel-realm-role-mapper");
        mapper.setConfig(Map.of(
                "claim.name", "roles",
                "jsonType.label", "String",
                "multivalued", "true",
                "id.token.claim", "true",
                "access.token.claim", "true",
                "userinfo.token.claim", "true"));
        try (Response response = mappers.createMapper(mapper)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused the roles mapper: HTTP " + response.getStatus());
            }
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
