package nl.rugzak.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;

import nl.rugzak.platform.content.PostingLimits;
import nl.rugzak.platform.content.PostingRateLimiter;
import nl.rugzak.platform.content.RateLimitedException;
import nl.rugzak.platform.ratelimits.SharedBuckets;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two application instances on one database share one budget: each "instance" here is its own set of limiter
 * objects (own buckets client, own leases, own memory) on the same PostgreSQL, as two processes would be. A client
 * that spreads its requests over both gets the budget once, not twice; the refusal says when to come back.
 */
class SharedRateLimitsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;

    /** A clock that stands still unless a test moves it: no refill while a test counts. */
    static final class StillClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:00Z"));

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    SharedBuckets instance(Clock clock) {
        return new SharedBuckets(jdbc, transactions, clock);
    }

    @Test
    void twoInstancesShareOneApiBudgetPerAddress() {
        StillClock clock = new StillClock();
        ApiRateLimits first = new ApiRateLimits(instance(clock), clock, 200, 200);
        ApiRateLimits second = new ApiRateLimits(instance(clock), clock, 200, 200);
        String address = "198.51.100." + (System.nanoTime() % 250);
        int allowed = 0;
        // Requests alternate between the instances, as a proxy without sticky sessions would send them.
        for (int i = 0; i < 400; i++) {
            ApiRateLimits instance = i % 2 == 0 ? first : second;
            try {
                instance.checkAddress(address);
                allowed++;
            } catch (ApiRateLimits.TooManyRequests refused) {
                assertThat(refused.retryAfterSeconds()).isPositive();
            }
        }
        assertThat(allowed).as("one budget of 200 across both instances").isEqualTo(200);
        assertThatThrownBy(() -> first.checkAddress(address)).isInstanceOf(ApiRateLimits.TooManyRequests.class);
        assertThatThrownBy(() -> second.checkAddress(address)).isInstanceOf(ApiRateLimits.TooManyRequests.class);
        // Another address has its own budget; time refills it.
        second.checkAddress(address + "1");
        clock.now.updateAndGet(now -> now.plus(Duration.ofMinutes(1)));
        first.checkAddress(address);
    }

    /**
     * Racing requests on several instances at once: every lost compare-and-swap is retried against what the others
     * committed, so together they never hand out more than the budget; at most what an instance leased and did not hand
     * out yet (3 of a lease of 4) is not handed out.
     */
    @Test
    void racingInstancesNeverHandOutMoreThanTheBudget() throws Exception {
        StillClock clock = new StillClock();
        List<ApiRateLimits> instances = List.of(new ApiRateLimits(instance(clock), clock, 200, 200),
                new ApiRateLimits(instance(clock), clock, 200, 200), new ApiRateLimits(instance(clock), clock, 200, 200));
        String address = "203.0.113." + (System.nanoTime() % 250);
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(12)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 12; t++) {
                ApiRateLimits instance = instances.get(t % instances.size());
                done.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 30; i++) {
                        try {
                            instance.checkAddress(address);
                            allowed.incrementAndGet();
                        } catch (ApiRateLimits.TooManyRequests refused) {
                            // expected once the budget is spent
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var each : done) {
                each.get();
            }
        }
        assertThat(allowed.get()).as("360 tries against one budget of 200 on three instances")
                .isLessThanOrEqualTo(200).isGreaterThanOrEqualTo(200 - 3 * 3);
        ApiRateLimits another = new ApiRateLimits(instance(clock), clock, 200, 200);
        assertThatThrownBy(() -> another.checkAddress(address)).as("the shared budget is spent")
                .isInstanceOf(ApiRateLimits.TooManyRequests.class);
    }

    @Test
    void aTokensBudgetIsSharedToo() {
        StillClock clock = new StillClock();
        ApiRateLimits first = new ApiRateLimits(instance(clock), clock, 1000, 3);
        ApiRateLimits second = new ApiRateLimits(instance(clock), clock, 1000, 3);
        String subject = "token-subject-" + System.nanoTime();
        TenantContext.run(new TenantId("voorbeeld"), () -> {
            first.check(subject);
            second.check(subject);
            first.check(subject);
            assertThatThrownBy(() -> second.check(subject)).isInstanceOf(ApiRateLimits.TooManyRequests.class);
        });
        // The same subject at another municipality is another token.
        TenantContext.run(new TenantId("oosterhaven"), () -> second.check(subject));
    }

    @Test
    void aRequestCountsEvenWhenTheWorkItGuardedIsRolledBack() {
        StillClock clock = new StillClock();
        ApiRateLimits limits = new ApiRateLimits(instance(clock), clock, 1000, 3);
        String subject = "rolled-back-" + System.nanoTime();
        org.springframework.transaction.support.TransactionTemplate vote =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        TenantContext.run(new TenantId("voorbeeld"), () -> {
            for (int i = 0; i < 3; i++) {
                // As a refused vote: the limit is taken inside the municipality's transaction, which then rolls back.
                vote.executeWithoutResult(status -> {
                    limits.check(subject);
                    status.setRollbackOnly();
                });
            }
            assertThatThrownBy(() -> limits.check(subject)).isInstanceOf(ApiRateLimits.TooManyRequests.class);
        });
    }

    @Test
    void aBucketsStatementsShareOneConnectionWithoutATransactionOfTheirOwn() {
        SharedBuckets buckets = instance(new StillClock());
        // Two statements, then the question whether the second one had to borrow a connection anew: it must not, and
        // nothing waits for a commit (each swap is one statement that holds by itself).
        List<Object> seen = buckets.onOneConnection(() -> {
            long first = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
            boolean held = org.springframework.transaction.support.TransactionSynchronizationManager.getResourceMap()
                    .values().stream().anyMatch(org.springframework.jdbc.datasource.ConnectionHolder.class::isInstance);
            long second = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
            return List.of(held, first == second,
                    org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive());
        });
        assertThat(seen).containsExactly(true, true, false);
    }

    /**
     * An instance that swapped a bucket last takes its next token with one statement: the swap itself checks that
     * nobody changed the row since. When another instance did, the swap fails, the row is read, and the count is
     * still exact. A new bucket is read once, not once per bucket4j command.
     */
    @Test
    void aBucketIsReadOnlyWhenAnotherInstanceChangedItSinceThisOnesLastSwap() {
        StillClock clock = new StillClock();
        AtomicInteger statements = new AtomicInteger();
        SharedBuckets first = new SharedBuckets(JdbcClient.create(new JdbcTemplate(dataSource) {
            @Override
            protected void applyStatementSettings(Statement statement) throws SQLException {
                if (!statement.toString().contains("expires_at <")) { // not the occasional removal of old buckets
                    statements.incrementAndGet();
                }
                super.applyStatementSettings(statement);
            }
        }), transactions, clock);
        SharedBuckets second = instance(clock);
        String key = "test-swaps:" + System.nanoTime();
        Supplier<BucketConfiguration> fiveAMinute = () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(1))).build();

        assertThat(first.bucket(key, fiveAMinute).tryConsume(1)).isTrue();
        assertThat(statements.get()).as("a new bucket: one read finds nothing, then the insert").isEqualTo(2);
        statements.set(0);
        assertThat(first.bucket(key, fiveAMinute).tryConsume(1)).isTrue();
        assertThat(statements.get()).as("the swap alone, against the state this instance wrote").isEqualTo(1);

        assertThat(second.bucket(key, fiveAMinute).tryConsume(2)).isTrue();
        statements.set(0);
        assertThat(first.bucket(key, fiveAMinute).tryConsume(1)).isTrue();
        assertThat(statements.get()).as("a failed swap, the read, the swap").isEqualTo(3);
        assertThat(first.bucket(key, fiveAMinute).tryConsume(1)).as("1 + 1 + 2 + 1 of 5 taken: none left").isFalse();
        assertThat(second.bucket(key, fiveAMinute).tryConsume(1)).isFalse();
    }

    /**
     * A bucket unused for a day goes from the table, and starts full again for an instance that still remembers it:
     * the swap against the remembered state finds no row, the read finds none, and a new bucket is inserted.
     */
    @Test
    void aBucketGoneAfterADayUnusedStartsFullForAnInstanceThatRemembersIt() {
        StillClock clock = new StillClock();
        SharedBuckets instance = instance(clock);
        String key = "test-gone:" + System.nanoTime();
        Supplier<BucketConfiguration> twoAnHour = () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(2).refillGreedy(2, Duration.ofHours(1))).build();
        assertThat(instance.bucket(key, twoAnHour).tryConsume(2)).isTrue();

        clock.now.updateAndGet(now -> now.plus(Duration.ofHours(26)));
        assertThat(jdbc.sql("DELETE FROM control.rate_limit_bucket WHERE id = ? AND expires_at < ?")
                .params(key, Timestamp.from(clock.instant())).update()).as("gone as expired").isEqualTo(1);

        assertThat(instance.bucket(key, twoAnHour).tryConsume(2)).as("a new bucket of 2").isTrue();
        assertThat(instance.bucket(key, twoAnHour).tryConsume(1)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM control.rate_limit_bucket WHERE id = ?").param(key)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void beyondTheBudgetTheAnswerIs429WithRetryAfterAsAProblem() throws Exception {
        StillClock clock = new StillClock();
        ApiRateLimitFilter filter = new ApiRateLimitFilter(new ApiRateLimits(instance(clock), clock, 1, 1));
        String address = "203.0.113." + (System.nanoTime() % 250);
        MockHttpServletResponse allowed = call(filter, address);
        assertThat(allowed.getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = call(filter, address);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("Retry-After");
    }

    private static MockHttpServletResponse call(ApiRateLimitFilter filter, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/polls");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void twoInstancesShareOneResidentsPostingAllowance() {
        StillClock clock = new StillClock();
        PostingLimits limits = new PostingLimits(3, 100);
        List<PostingRateLimiter> instances = List.of(new PostingRateLimiter(limits, instance(clock), clock),
                new PostingRateLimiter(limits, instance(clock), clock));
        String resident = "resident-" + System.nanoTime();
        TenantContext.run(new TenantId("voorbeeld"), () -> {
            instances.get(0).check(resident);
            instances.get(1).check(resident);
            instances.get(0).check(resident);
            for (PostingRateLimiter instance : instances) {
                assertThatThrownBy(() -> instance.check(resident)).isInstanceOf(RateLimitedException.class)
                        .satisfies(e -> assertThat(((RateLimitedException) e).retryAt()).isAfter(clock.instant()));
            }
        });
        // Another municipality's allowance for the same subject is its own.
        TenantContext.run(new TenantId("oosterhaven"), () -> instances.get(1).check(resident));
    }
}
