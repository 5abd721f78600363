package nl.rugzak.platform.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import nl.rugzak.platform.ratelimits.LeasedLimit;
import nl.rugzak.platform.ratelimits.SharedBuckets;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How many API requests one address and one token may make per minute ({@code rugzak.api.rate-limit.per-address},
 * {@code rugzak.api.rate-limit.per-token}), counted in buckets every application instance shares (PostgreSQL,
 * {@link SharedBuckets}): two instances behind one proxy allow the budget once, not twice. Beyond it the answer is
 * 429 with {@code Retry-After}, as {@code application/problem+json}.
 */
@Component
public class ApiRateLimits {

    /** Refused for now: the budget is used up; {@link #retryAfterSeconds()} says when to try again. */
    public static class TooManyRequests extends ApiProblem {

        private final long retryAfterSeconds;

        TooManyRequests(String detail, long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final LeasedLimit perAddress;
    private final LeasedLimit perToken;

    ApiRateLimits(SharedBuckets buckets, Clock clock,
                  @Value("${rugzak.api.rate-limit.per-address:3000}") long perAddress,
                  @Value("${rugzak.api.rate-limit.per-token:600}") long perToken) {
        this.perAddress = new LeasedLimit(buckets, "api-address", perAddress, clock);
        this.perToken = new LeasedLimit(buckets, "api-token", perToken, clock);
    }

    /**
     * Takes one request from the budget of a token's subject at the current municipality (the write API calls this
     * once it has checked the token).
     *
     * @throws TooManyRequests when the token's budget is used up
     */
    public void check(String tokenSubject) {
        String key = TenantContext.require().slug() + ":" + tokenSubject;
        refuseWhenOver(perToken.take(key), "this token");
    }

    /** Takes one request from the budget of an address (all municipalities together). */
    void checkAddress(String address) {
        refuseWhenOver(perAddress.take(address), "your address");
    }

    private static void refuseWhenOver(Optional<Duration> wait, String who) {
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new TooManyRequests("Too many requests from " + who + "; try again in " + seconds
                    + " seconds (see Retry-After).", seconds);
        }
    }
}
