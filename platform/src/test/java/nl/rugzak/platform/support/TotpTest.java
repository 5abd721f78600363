package nl.rugzak.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The tests' authenticator app computes what RFC 6238 says (its appendix B test vectors, SHA-1, last 6 digits). */
class TotpTest {

    @Test
    void rfc6238TestVectors() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.code(key, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(key, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(key, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void base32AsAuthenticatorAppsReadIt() {
        assertThat(Totp.base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
                .isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.base32(Totp.DEMO_SECRET)).hasSize(20);
    }
}
