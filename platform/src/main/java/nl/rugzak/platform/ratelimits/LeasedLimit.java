package nl.rugzak.platform.ratelimits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.BucketConfiguration;

/**
 * A shared limit for many cheap requests (e.g. API reads): each instance takes a small lease of tokens from the shared
 * bucket at a time and hands them out locally, so a busy address costs one database round trip per lease instead of
 * one per request. Tokens are taken from the shared budget before they are handed out, so all instances together
 * never allow more than the budget; a lease not used up within {@link #LEASE_LIFE} is dropped (the budget then
 * allows a little less, never more).
 */
public final class LeasedLimit {

    /**
     * How long an instance keeps tokens it took but did not hand out yet. The tokens left the shared budget when they
     * were taken, so a longer life never allows more; it only bounds how stale a lease gets. One second was too short
     * for an address doing a dozen requests a second: its lease of 60 expired mostly unused, and every twelfth request
     * went to the database (17 % of a cached read's CPU, JFR 2026-12-03).
     */
    static final Duration LEASE_LIFE = Duration.ofSeconds(10);
    private static final int MOST_KEYS = 100_000;

    private final SharedBuckets buckets;
    private final String prefix;
    private final BucketConfiguration configuration;
    private final long leaseSize;
    private final Clock clock;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    /**
     * @param prefix    what the limit is, e.g. {@code api-address}; part of every bucket's key
     * @param perMinute requests per minute per key
     */
    public LeasedLimit(SharedBuckets buckets, String prefix, long perMinute, Clock clock) {
        this.buckets = buckets;
        this.prefix = prefix;
        this.clock = clock;
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        // About 2 % of the budget per lease: round trips stay rare, and what leases hold back stays small.
        this.leaseSize = Math.max(1, perMinute / 50);
    }

    /** Takes one request from the key's budget; empty when allowed, else how long to wait. */
    public Optional<Duration> take(String key) {
        if (leases.size() > MOST_KEYS) {
            leases.clear(); // a crude bound: dropped leases only make the limit a little stricter
        }
        return leases.computeIfAbsent(key, k -> new Lease()).take(prefix + ":" + key);
    }

    private final class Lease {
        private long tokens;
        private Instant until = Instant.MIN;

        synchronized Optional<Duration> take(String bucketKey) {
            Instant now = clock.instant();
            if (tokens > 0 && now.isBefore(until)) {
                tokens--;
                return Optional.empty();
            }
            return buckets.onOneConnection(() -> {
                var bucket = buckets.bucket(bucketKey, () -> configuration);
                long taken = bucket.tryConsumeAsMuchAsPossible(leaseSize);
                if (taken == 0) {
                    tokens = 0;
                    long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
                    return Optional.of(Duration.ofNanos(Math.max(nanos, 1)));
                }
                tokens = taken - 1;
                until = now.plus(LEASE_LIFE);
                return Optional.<Duration>empty();
            });
        }
    }
}
