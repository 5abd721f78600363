package nl.rugzak.platform.content;

import nl.rugzak.tenantadmin.time.Dates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import nl.rugzak.platform.ratelimits.SharedBuckets;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Limits how fast one resident posts at one municipality (token buckets, bucket4j), with a Dutch message that says
 * when they may try again. The buckets are shared by every application instance on the same database
 * ({@link SharedBuckets}): a resident whose requests land on two instances has one allowance, not two.
 */
@Component
public class PostingRateLimiter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", // not-ui-text: readable in every language
            Locale.ROOT);

    private final SharedBuckets buckets;
    private final PostingLimits limits;
    private final Clock clock;

    public PostingRateLimiter(PostingLimits limits, SharedBuckets buckets, Clock clock) {
        this.limits = limits;
        this.buckets = buckets;
        this.clock = clock;
    }

    /**
     * Takes one post from the resident's allowance at the current tenant.
     *
     * @throws RateLimitedException when the allowance is used up; nothing is taken then
     */
    public void check(String residentSubject) {
        String key = "posting:" + TenantContext.require().slug() + ":" + residentSubject;
        ConsumptionProbe probe = buckets.onOneConnection(
                () -> buckets.bucket(key, this::configuration).tryConsumeAndReturnRemaining(1));
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

    private BucketConfiguration configuration() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(limits.perMinute()).refillGreedy(limits.perMinute(), limits.minute()))
                .addLimit(limit -> limit.capacity(limits.perDay()).refillGreedy(limits.perDay(), limits.day()))
                .build();
    }
}
