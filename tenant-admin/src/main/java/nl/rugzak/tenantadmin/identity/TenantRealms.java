package nl.rugzak.tenantadmin.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.tenantadmin.mail.MailIdentities;
import nl.rugzak.tenantadmin.mail.MailIdentity;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantDomain;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * One Keycloak realm per municipality (its residents and staff), and the lab's own realm for the control plane.
 * Provisioning converges a realm to the registry: run it again after any change of domains or locales.
 */
@Service
public class TenantRealms {

    public static final String LAB_REALM = "lab";
    public static final List<String> TENANT_ROLES = List.of("resident", "editor", "moderator", "tenant-admin");
    public static final String LAB_ADMIN_ROLE = "lab-admin";
    /** Municipal staff log in with a code from an authenticator app besides their password; residents do not. */
    public static final List<String> STAFF_ROLES = List.of("editor", "moderator", "tenant-admin");
    /**
     * The check on the lab's services. Services use {@code @PreAuthorize}, not {@code @RolesAllowed}: with JSR-250
     * method security on, Spring would proxy every Vaadin view that carries {@code @RolesAllowed} for the router.
     */
    public static final String IS_LAB_ADMIN = "hasRole('" + LAB_ADMIN_ROLE + "')";

    private final ObjectProvider<KeycloakServer> server;
    /**
     * The server once found: the provider resolves the dependency anew on every call (3.5 % of an API vote's CPU,
     * JFR), and a singleton that is there stays there for the context's life.
     */
    private volatile KeycloakServer found;
    private final IdentityClientStore clients;
    private final SiteUrls siteUrls;
    private final String adminHost;
    private final ObjectProvider<RealmBranding> branding;
    private final RealmMail mail;
    private final MailIdentities mailIdentities;

    public TenantRealms(ObjectProvider<KeycloakServer> server, IdentityClientStore clients, SiteUrls siteUrls,
                        @Value("${rugzak.admin-host:admin.localhost}") String adminHost,
                        ObjectProvider<RealmBranding> branding, RealmMail mail, MailIdentities mailIdentities) {
        this.mailIdentities = mailIdentities;
        this.branding = branding;
        this.mail = mail;
        this.server = server;
        this.clients = clients;
        this.siteUrls = siteUrls;
        this.adminHost = adminHost;
    }

    /** False when the platform runs without any Keycloak (then nobody can log in, and public pages still work). */
    public boolean enabled() {
        return keycloak() != null;
    }

    public KeycloakServer server() {
        KeycloakServer keycloak = keycloak();
        if (keycloak == null) {
            throw new IllegalStateException("No Keycloak is configured");
        }
        return keycloak;
    }

    private KeycloakServer keycloak() {
        KeycloakServer keycloak = found;
        if (keycloak == null) {
            keycloak = server.getIfAvailable();
            found = keycloak;
        }
        return keycloak;
    }

    public static String realmOf(TenantId tenant) {
        return tenant.slug();
    }

    public ProvisionedClient provision(Tenant tenant) {
        List<String> sites = tenant.domains().stream()
                .sorted((a, b) -> Boolean.compare(b.primary(), a.primary()))
                .map(TenantDomain::host).map(siteUrls::baseUrl).toList();
        RealmBranding themes = branding.getIfAvailable();
        Map<String, String> attributes = themes == null || sites.isEmpty() ? Map.of() : themes.attributes(tenant, sites.getFirst());
        // Keycloak's mail goes out as the municipality signs its mail (sender, From, Reply-To, footer).
        return provision(new RealmSpec(realmOf(tenant.id()), tenant.displayName(), tenant.locales(), sites,
                TENANT_ROLES, "resident", true, STAFF_ROLES, attributes), mail.signedBy(mailIdentities.of(tenant.id())));
    }

    /** The realm's default language: the one Keycloak writes invitations in. */
    public static String defaultLocale(Tenant tenant) {
        return tenant.locales().contains("nl") ? "nl" : tenant.locales().getFirst();
    }

    /** Whether Keycloak can send mail (invitations, verification, password reset) at all. */
    public boolean canMail() {
        return mail.configured();
    }

    public ProvisionedClient provisionLab() {
        return provision(new RealmSpec(LAB_REALM, "Co-creatie Lab", List.of("nl", "en"),
                List.of(siteUrls.baseUrl(adminHost)), List.of(LAB_ADMIN_ROLE), null, false,
                // Everyone in the lab's realm, through the realm's default roles, not only today's lab admins.
                List.of(LAB_ADMIN_ROLE, "default-roles-" + LAB_REALM), Map.of()),
                mail.signedBy(new MailIdentity("Co-creatie Lab", mail.from(), "", "Co-creatie Lab")));
    }

    private ProvisionedClient provision(RealmSpec spec, RealmMail signed) {
        String knownSecret = clients.find(spec.realm()).map(ProvisionedClient::clientSecret).orElse(null);
        ProvisionedClient client = new RealmProvisioner(server(), signed).provision(spec, knownSecret);
        clients.save(client);
        return client;
    }

    /** Locks out guessed passwords in Keycloak's {@code master} realm too (only for a Keycloak Rugzak runs itself). */
    public void protectAdminRealm() {
        new RealmProvisioner(server(), mail).protectAdminRealm();
    }

    public Optional<ProvisionedClient> client(String realm) {
        return clients.find(realm);
    }

    public RealmUsers users() {
        return new RealmUsers(server());
    }
}
