package nl.rugzak.platform.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.rugzak.tenantadmin.identity.ClientSecretCipher;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed one-click unsubscribe links: an HMAC-SHA256 over municipality, resident and kind, so a link works without
 * login, only for that resident and kind, only on that municipality's site, and a changed link does nothing. The key
 * is {@code rugzak.notifications.link-key} (Base64) if set, else derived from the deployment's secrets key
 * ({@code RUGZAK_SECRETS_KEY}, or the embedded default's key file), so no new secret has to be managed; changing it
 * only makes old links stop working.
 */
@Component
public class UnsubscribeLinks {

    public static final String PATH = "/meldingen/afmelden";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    UnsubscribeLinks(@Value("${rugzak.notifications.link-key:}") String linkKey, ClientSecretCipher secrets) {
        // Without a key of its own, one derived from the deployment's secrets key: no new secret to manage.
        this.key = linkKey.isBlank() ? secrets.derivedKey("rugzak notifications unsubscribe v1")
                : Base64.getDecoder().decode(linkKey.strip());
        if (key.length < 16) {
            throw new IllegalStateException("rugzak.notifications.link-key must be at least 16 bytes in Base64");
        }
    }

    /** The path and query of the link (the caller makes it absolute on the municipality's primary host). */
    String path(TenantId tenant, long residentId, UnsubscribeScope scope) {
        return PATH + "?r=" + residentId + "&k=" + scope.id() + "&t=" + token(tenant, residentId, scope.id());
    }

    /** The scope the link stands for, when its signature is right for this municipality and resident. */
    Optional<UnsubscribeScope> verify(TenantId tenant, String resident, String scope, String token) {
        if (resident == null || scope == null || token == null || !resident.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        byte[] expected = token(tenant, Long.parseLong(resident), scope).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return UnsubscribeScope.parse(scope);
    }

    private String token(TenantId tenant, long residentId, String scope) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(key, tenant.slug() + "\n" + residentId + "\n" + scope));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
