package nl.rugzak.platform.api.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Key;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;

class RealmKeysTest {

    private final List<String> asked = new ArrayList<>();
    private final Key realmKey = rsaPublicKey();
    /** The realm's key set knows one key id. */
    private final JWSKeySelector<SecurityContext> keySet = (header, context) -> {
        asked.add(header.getKeyID());
        return "realm-key".equals(header.getKeyID()) ? List.of(realmKey) : List.of();
    };

    @Test
    void theRealmsKeyIsConvertedOnceForManyTokens() throws Exception {
        Instant start = Instant.parse("2026-12-03T10:00:00Z");
        RealmKeys keys = new RealmKeys(keySet, Clock.fixed(start, ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            assertThat(List.<Key>copyOf(keys.selectJWSKeys(header("realm-key"), null))).containsExactly(realmKey);
        }
        assertThat(asked).containsExactly("realm-key");
    }

    @Test
    void madeUpKeyIdsAlwaysGoToTheKeySetAndAreNeverKept() throws Exception {
        RealmKeys keys = new RealmKeys(keySet, Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            assertThat(keys.selectJWSKeys(header("attacker-" + i % 2), null)).isEmpty();
        }
        assertThat(asked).containsExactly("attacker-0", "attacker-1", "attacker-0");
    }

    @Test
    void anotherAlgorithmWithTheSameKeyIdIsAskedForItself() throws Exception {
        RealmKeys keys = new RealmKeys(keySet, Clock.systemUTC());
        keys.selectJWSKeys(header("realm-key"), null);
        keys.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("realm-key").build(), null);
        assertThat(asked).hasSize(2);
    }

    @Test
    void keptKeysExpireWithTheClock() throws Exception {
        MovingClock clock = new MovingClock();
        RealmKeys keys = new RealmKeys(keySet, clock);
        keys.selectJWSKeys(header("realm-key"), null);
        clock.now = clock.now.plus(RealmKeys.KEPT.minus(Duration.ofSeconds(1)));
        keys.selectJWSKeys(header("realm-key"), null);
        assertThat(asked).hasSize(1);
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        keys.selectJWSKeys(header("realm-key"), null);
        assertThat(asked).hasSize(2);
    }

    private static JWSHeader header(String keyId) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build();
    }

    private static Key rsaPublicKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPublic();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
