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
 * A one-time link with which a municipality's first admin chooses a password, so no mail server is needed: the lab
 * admin sees the link and passes it on. Only a hash of the token is kept; a link works once, for seven days, and only
 * on its own municipality's site.
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
