package nl.rugzak.platform.api.write;

import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A realm's signing keys as Java keys, kept per key id and algorithm for {@link #KEPT}. The selector underneath reads
 * the realm's cached key set, but converts the matching JSON key into a Java key on every token (3 % of an API vote's
 * CPU, JFR). Only keys the realm's own key set gave are kept, so a token with an unknown or made-up key id still goes
 * to the key set (and is refused there), and only the realm's keys can fill this map, never a caller's key ids. A key
 * the realm dropped counts here at most {@link #KEPT} longer than in the key set's own cache.
 */
final class RealmKeys implements JWSKeySelector<SecurityContext> {

    static final Duration KEPT = Duration.ofMinutes(5);

    private record Kept(List<? extends Key> keys, Instant until) {
    }

    private final JWSKeySelector<SecurityContext> keySet;
    private final Clock clock;
    private final Map<String, Kept> byKeyId = new ConcurrentHashMap<>();

    RealmKeys(JWSKeySelector<SecurityContext> keySet, Clock clock) {
        this.keySet = keySet;
        this.clock = clock;
    }

    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        if (header.getKeyID() == null) {
            return keySet.selectJWSKeys(header, context);
        }
        String id = header.getAlgorithm().getName() + ":" + header.getKeyID();
        Instant now = clock.instant();
        Kept kept = byKeyId.get(id);
        if (kept != null && now.isBefore(kept.until())) {
            return kept.keys();
        }
        List<? extends Key> keys = keySet.selectJWSKeys(header, context);
        if (keys.isEmpty()) {
            byKeyId.remove(id);
        } else {
            byKeyId.put(id, new Kept(List.copyOf(keys), now.plus(KEPT)));
        }
        return keys;
    }
}
