package nl.rugzak.platform.content;

import nl.rugzak.tenantadmin.time.Dates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Limits how fast one resident posts at one municipality (token buckets, bucket4j), with a Dutch message that says
 * when they may try again. Buckets live in this process: with several instances each keeps its own count, which
 * is still a limit; a shared store (bucket4j-postgresql) can replace the map without changing callers.
 */
@Component
public class PostingRateLimiter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", // not-ui-text: readable in every language
            Locale.ROOT);

    private record Key(String tenant, String subject) {
    }

    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();
    private final PostingLimits limits;
    private final Clock clock;
    private final TimeMeter time;

    public PostingRateLimiter(PostingLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        // The application clock drives the buckets, so a moved test clock refills them as real time would.
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * Takes one post from the resident's allowance at the current tenant.
     *
     * @throws RateLimitedException when the allowance is used up; nothing is taken then
     */
    public void check(String residentSubject) {
        Key key = new Key(TenantContext.require().slug(), residentSubject);
        if (buckets.size() > 50_000) {
            buckets.clear(); // a crude bound: losing counts is better than running out of memory
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Instant retryAt = clock.instant().plusNanos(probe.getNanosToWaitForRefill()).plusSeconds(1);
            throw tooFast(retryAt);
        }
    }

    private RateLimitedException tooFast(Instant retryAt) {
        Duration wait = Duration.between(clock.instant(), retryAt);
        if (wait.toSeconds() < 60) {
            return new RateLimitedException(retryAt, "content.too-fast.seconds", Math.max(1, wait.toSeconds()));
        }
        ZonedDateTime at = Dates.inDutchTime(retryAt);
        boolean today = at.toLocalDate().equals(Dates.today(clock));
        return today ? new RateLimitedException(retryAt, "content.too-fast.today", TIME.format(at))
                : new RateLimitedException(retryAt, "content.too-fast.later", DATE_TIME.format(at));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.perMinute()).refillGreedy(limits.perMinute(), limits.minute()))
                .addLimit(limit -> limit.capacity(limits.perDay()).refillGreedy(limits.perDay(), limits.day()))
                .withCustomTimePrecision(time)
                .build();
    }
}
