package nl.rugzak.tenantadmin.identity;

import nl.rugzak.tenantadmin.text.UserFacingException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.BadRequestException;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Invitations of a municipality's first admin and its staff. Where Keycloak can mail (the embedded default, or a
 * deployment with an SMTP server) the invitee gets Keycloak's own mail: set a password, verify the address, in the
 * municipality's language and house style ({@link #inviteByMail}). Without mail a one-time link remains, which the
 * lab admin sees and passes on: only a hash of its token is kept; it works once, for seven days, and only on its own
 * municipality's site.
 */
@Service
public class AdminInvitations {

    static final Duration VALID_FOR = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    public static final class InvitationException extends UserFacingException {
        public InvitationException(String key, Object... args) {
            super(key, args);
        }
    }

    private final TenantRealms realms;
    private final SiteUrls siteUrls;
    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;

    public AdminInvitations(TenantRealms realms, SiteUrls siteUrls, JdbcClient jdbc, ControlPlaneWork controlPlane) {
        this.realms = realms;
        this.siteUrls = siteUrls;
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
    }

    /** What the invitation mail asks for: a password of one's own, and proof of the address. */
    static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    /**
     * Creates (or finds) the person in the tenant's realm with these roles and has Keycloak mail them an invitation
     * (set password, verify e-mail) in the municipality's language, valid for seven days.
     */
    public void inviteByMail(Tenant tenant, String firstName, String lastName, String email, List<String> roles) {
        if (!realms.canMail()) {
            throw new IllegalStateException("Keycloak has no mail server; use the invitation link instead");
        }
        String realm = TenantRealms.realmOf(tenant.id());
        String userId = realms.users().ensure(realm, new RealmUsers.Person(email, email, firstName, lastName, null, roles));
        realms.users().sendInvitation(realm, userId, TenantRealms.defaultLocale(tenant), RealmSpec.CLIENT_ID,
                (int) VALID_FOR.toSeconds(), INVITATION_ACTIONS);
    }

    /** A new staff member of the municipality (editor, moderator, tenant-admin), invited by mail. */
    public void inviteStaff(Tenant tenant, String firstName, String lastName, String email, List<String> staffRoles) {
        if (staffRoles.isEmpty() || !TenantRealms.STAFF_ROLES.containsAll(staffRoles)) {
            throw new IllegalArgumentException("Not staff roles: " + staffRoles);
        }
        List<String> roles = new java.util.ArrayList<>(List.of("resident"));
        roles.addAll(staffRoles);
        inviteByMail(tenant, firstName, lastName, email, roles);
    }

    /** Creates (or finds) the admin in the tenant's realm and returns a fresh set-password link; older links stop working. */
    public String invite(Tenant tenant, String firstName, String lastName, String email) {
        String realm = TenantRealms.realmOf(tenant.id());
        String userId = realms.users().ensure(realm, new RealmUsers.Person(email, email, firstName, lastName, null,
                List.of("resident", "tenant-admin")));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        controlPlane.run(() -> {
            jdbc.sql("UPDATE control.admin_invitation SET used_at = now() WHERE tenant_slug = ? AND keycloak_user_id = ? AND used_at IS NULL")
                    .params(tenant.id().slug(), userId).update();
            jdbc.sql("INSERT INTO control.admin_invitation (token_hash, tenant_slug, keycloak_user_id, expires_at) VALUES (?, ?, ?, ?)")
                    .params(hash(token), tenant.id().slug(), userId, java.sql.Timestamp.from(Instant.now().plus(VALID_FOR)))
                    .update();
        });
        return siteUrls.baseUrl(tenant.primaryHost()) + "/uitnodiging/" + token;
    }

    public boolean isValid(TenantId tenant, String token) {
        return userOf(tenant, token).isPresent();
    }

    /** Sets the password; refuses an unknown, used, expired or other municipality's link, and a weak password. */
    public void accept(TenantId tenant, String token, String password) {
        String userId = userOf(tenant, token).orElseThrow(() -> new InvitationException("identity.invitation.link-invalid"));
        try {
            realms.users().setPassword(TenantRealms.realmOf(tenant), userId, password);
        } catch (BadRequestException e) {
            throw new InvitationException("identity.invitation.password-weak");
        }
        controlPlane.run(() -> jdbc.sql("UPDATE control.admin_invitation SET used_at = now() WHERE token_hash = ?")
                .param(hash(token)).update());
    }

    private Optional<String> userOf(TenantId tenant, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT keycloak_user_id FROM control.admin_invitation
                         WHERE token_hash = ? AND tenant_slug = ? AND used_at IS NULL AND expires_at > now()""")
                .params(hash(token), tenant.slug()).query(String.class).optional());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
