package nl.rugzak.platform.ratelimits;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.CommandResult;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.github.bucket4j.distributed.remote.Request;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Token buckets (bucket4j) kept in PostgreSQL, in the control plane's {@code rate_limit_bucket}, so that every
 * application instance on the same database draws from the same budget. bucket4j's own algorithm runs here; the table
 * only stores its state and swaps it when nobody else changed it since it was read (compare and swap, retried by
 * bucket4j on a conflict). This is what bucket4j's PostgreSQL module does; that module is not available from the
 * package registry here, and the core's compare-and-swap manager needs only these two statements.
 *
 * <p>The application clock drives the buckets, so a moved test clock refills them as real time would. A bucket left
 * alone for {@link #IDLE} is full again by every limit Rugzak uses (a day at most): its row may go, and now and then
 * a write removes such rows.
 */
@Component
public class SharedBuckets {

    static final Duration IDLE = Duration.ofHours(25);
    private static final int MOST_REMEMBERED = 100_000;
    /** Remembered for a bucket that had no row when last read; compared by identity. */
    private static final byte[] MISSING = new byte[0];
    /**
     * The name of the transactions that only count requests: a listener that reacts to changed data (e.g. the API's
     * answer cache) can tell them from real changes.
     */
    public static final String TRANSACTION = "rugzak-rate-limits";

    private final Store store;

    public SharedBuckets(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        // Like ControlPlaneWork: never a tenant's connection (which may not read control), and never a tenant's
        // transaction (a refused vote must still count). No transaction of its own either: bucket4j's swap is one
        // statement that holds by itself, so a commit would only add a round trip. The scope keeps one connection
        // for all statements of a call.
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        own.setName(TRANSACTION);
        this.store = new Store(jdbc, own, clock, ClientSideConfig.getDefault().withClientClock(time));
    }

    /** The shared bucket of this key; made with the configuration when it does not exist yet. */
    public BucketProxy bucket(String key, Supplier<BucketConfiguration> configuration) {
        return store.builder().build(key, configuration);
    }

    /**
     * Runs {@code work} on buckets on one connection. bucket4j's first use of a bucket is two commands (it asks, finds
     * nothing, then sends the configuration with the command again), each otherwise with a connection loan of its own:
     * a first request per API token cost two loans (pg_stat_statements, 2026-12-04).
     */
    public <T> T onOneConnection(Supplier<T> work) {
        return store.call(work);
    }

    private static final class Store extends AbstractCompareAndSwapBasedProxyManager<String> {

        private final JdbcClient jdbc;
        private final TransactionTemplate own;
        private final Clock clock;
        /**
         * Per bucket, the state this instance last read or swapped in, or {@link #MISSING} when it found no row: what
         * the table most likely still holds. Buckets change only by swaps that take tokens (bucket4j's reset and
         * add-tokens commands are not used) and go only when a day unused has made them full, so this memory never
         * holds fewer tokens than the table: a refusal worked out from it is one the table would give too (its wait
         * at most shorter), and whatever takes tokens is checked by the swap.
         */
        private final Map<String, byte[]> lastSeen = new ConcurrentHashMap<>();

        Store(JdbcClient jdbc, TransactionTemplate own, Clock clock, ClientSideConfig config) {
            super(config);
            this.jdbc = jdbc;
            this.own = own;
            this.clock = clock;
        }

        private <T> T call(Supplier<T> work) {
            if (TRANSACTION.equals(TransactionSynchronizationManager.getCurrentTransactionName())) {
                return work.get(); // inside onOneConnection
            }
            return TenantContext.callWithoutTenant(() -> own.execute(status -> work.get()));
        }

        /**
         * bucket4j's read, compare-and-swap and any retries on one connection: a new bucket used to cost two loans
         * (its read and its insert); 10 % of an API vote's CPU went to the limits (JFR). Every statement sees what
         * others committed, so a lost swap retries as bucket4j means it to.
         */
        @Override
        public <T> CommandResult<T> execute(String key, Request<T> request) {
            return call(() -> super.execute(key, request));
        }

        @Override
        protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
            return new Swap(key, lastSeen.get(key));
        }

        /**
         * One command's read and swap. The state this instance saw last stands in for the first read: the swap
         * compares it with the row, so when another instance changed the row since, the swap fails and bucket4j
         * retries with a real read. A token used again by the same instance costs one statement instead of two
         * (a quarter of an API vote's round trips, 2026-12-04). Likewise a bucket just found missing: bucket4j asks
         * for it without its configuration first and then sends the configuration, and the second command inserts
         * without reading again (a key that appeared meanwhile makes the insert fail, and bucket4j reads and retries).
         */
        private final class Swap implements CompareAndSwapOperation {

            private final String key;
            private byte[] remembered;

            Swap(String key, byte[] remembered) {
                this.key = key;
                this.remembered = remembered;
            }

            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                if (remembered != null) {
                    byte[] state = remembered;
                    remembered = null;
                    return state == MISSING ? Optional.empty() : Optional.of(state);
                }
                Optional<byte[]> stored = jdbc.sql("SELECT state FROM control.rate_limit_bucket WHERE id = ?")
                        .param(key).query(byte[].class).optional();
                remember(stored.orElse(MISSING));
                return stored;
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                                          Optional<Long> timeoutNanos) {
                if (swap(originalData, newData)) {
                    remember(newData);
                    return true;
                }
                lastSeen.remove(key);
                return false;
            }

            private void remember(byte[] state) {
                if (lastSeen.size() >= MOST_REMEMBERED) {
                    lastSeen.clear(); // a crude bound: a forgotten state only costs a read
                }
                lastSeen.put(key, state);
            }

            private boolean swap(byte[] originalData, byte[] newData) {
                Timestamp expires = Timestamp.from(clock.instant().plus(IDLE));
                if (originalData == null) {
                    if (ThreadLocalRandom.current().nextInt(200) == 0) {
                        jdbc.sql("DELETE FROM control.rate_limit_bucket WHERE expires_at < ?")
                                .param(Timestamp.from(clock.instant())).update();
                    }
                    return jdbc.sql("""
                            INSERT INTO control.rate_limit_bucket (id, state, expires_at) VALUES (?, ?, ?)
                            ON CONFLICT (id) DO NOTHING""").params(key, newData, expires).update() == 1;
                }
                return jdbc.sql("""
                        UPDATE control.rate_limit_bucket SET state = ?, expires_at = ?
                         WHERE id = ? AND state = ?""").params(newData, expires, key, originalData).update() == 1;
            }
        }

        @Override
        protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
            throw new UnsupportedOperationException("Rugzak uses its shared buckets synchronously");
        }

        @Override
        public void removeProxy(String key) {
            lastSeen.remove(key);
            call(() -> jdbc.sql("DELETE FROM control.rate_limit_bucket WHERE id = ?").param(key).update());
        }

        @Override
        protected CompletableFuture<Void> removeAsync(String key) {
            throw new UnsupportedOperationException("Rugzak uses its shared buckets synchronously");
        }

        @Override
        public boolean isAsyncModeSupported() {
            return false;
        }
    }
}
