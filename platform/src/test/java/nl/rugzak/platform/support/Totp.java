package nl.rugzak.platform.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.awaitility.Awaitility;

/**
 * An authenticator app for tests: RFC 6238 codes (HMAC-SHA1, 6 digits, 30 s), as Keycloak's realms are set to.
 * Keycloak accepts each code once per account and also the next period's code, so {@link #nextCode} hands out a
 * code not used before for that account, waiting for a new period only when both are spent.
 */
public final class Totp {

    /** The demo staff's and lab's secret (README), as people type it into their app. */
    public static final String DEMO_SECRET = "RUGZAKDEMOSTAFFTWEESTAPS23456777";
    private static final long PERIOD = 30;
    private static final Map<String, Long> LAST_USED = new ConcurrentHashMap<>();
    /** Secrets learned when an account set up its app on Keycloak's page, by realm and username. */
    private static final Map<String, byte[]> LEARNED = new ConcurrentHashMap<>();

    private Totp() {
    }

    public static String code(byte[] key, long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long counterNow() {
        return Instant.now().getEpochSecond() / PERIOD;
    }

    /** A code for this account (realm/username) that Keycloak has not seen yet. */
    public static String nextCode(String account, byte[] key) {
        final long counter;
        synchronized (LAST_USED) {
            counter = Math.max(counterNow(), LAST_USED.getOrDefault(account, Long.MIN_VALUE) + 1);
            LAST_USED.put(account, counter);
        }
        // Keycloak accepts the current and the next period's code; a later one has to wait for its time.
        Awaitility.await().atMost(Duration.ofSeconds(PERIOD * 2)).pollInterval(Duration.ofMillis(200))
                .until(() -> counterNow() + 1 >= counter);
        return code(key, counter);
    }

    /** The key of an account: learned at its set-up, else the demo secret. */
    public static byte[] keyOf(String account) {
        return LEARNED.getOrDefault(account, base32(DEMO_SECRET));
    }

    public static void learn(String account, byte[] key) {
        LEARNED.put(account, key);
        LAST_USED.remove(account);
    }

    public static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace(" ", "").replace("=", "").toUpperCase().toCharArray()) {
            int value = alphabet.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
