package nl.rugzak.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.rugzak.tenantadmin.identity.ClientSecretCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals the keyset of a page into an opaque cursor that only this list accepts: signed (HMAC-SHA256, truncated) over
 * the municipality, the resource, the sort and the filters. A cursor of another municipality, another list or one a
 * client changed is refused with a 400 before any query runs, so a cursor never carries a value into SQL that this
 * API did not put there itself. The key is derived from the deployment's secrets key: every instance accepts every
 * instance's cursors, and no new secret has to be managed.
 */
@Component
class ApiCursors {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    @Autowired
    ApiCursors(ClientSecretCipher secrets) {
        this(secrets.derivedKey("rugzak api cursor v1"));
    }

    ApiCursors(byte[] key) {
        this.key = key.clone();
    }

    /** The cursor for a keyset in the given scope (municipality, resource, sort, filters). */
    String seal(String scope, String keyset) {
        byte[] payload = keyset.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(tag(scope, payload));
    }

    /** The keyset inside a cursor, when it was sealed for exactly this scope and not changed since. */
    Optional<String> open(String scope, String cursor) {
        int dot = cursor.indexOf('.');
        if (dot < 1 || dot != cursor.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            byte[] tag = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
            return MessageDigest.isEqual(tag, tag(scope, payload))
                    ? Optional.of(new String(payload, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] tag(String scope, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
