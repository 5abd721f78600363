package nl.rugzak.tenantadmin.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the other application instances on the same database that something they keep in memory changed (the tenant
 * registry, a published theme, a realm's client), through PostgreSQL's {@code LISTEN/NOTIFY}. Publishing happens
 * after the change was committed (the stores write through {@link ControlPlaneWork}, which commits before it returns),
 * so a receiver that reloads sees the change. The local instance has already dropped its own copy; its own
 * notifications come back and are ignored.
 *
 * <p>One connection of the pool listens, on a thread of its own. When it breaks (the database restarts, the network
 * drops) it is replaced, and every subscriber is told to drop everything ({@link #EVERYTHING}): notifications sent
 * while nobody listened are lost, and a full reload is the only safe answer. The caches keep a short time-to-live
 * besides, for a database that cannot be reached for NOTIFY at all.
 *
 * <p>It can be stopped and started again (Spring pauses and restarts a context's lifecycle, e.g. the test framework
 * does so for cached contexts); after a restart it drops everything too, as it heard nothing while stopped.
 */
@Component
public class ClusterEvents implements SmartLifecycle {

    /** The key a subscriber gets when it must drop everything it keeps for its topic. */
    public static final String EVERYTHING = "*";

    static final String CHANNEL = "rugzak_cluster";

    private static final Logger log = LoggerFactory.getLogger(ClusterEvents.class);
    private static final int MAX_PAYLOAD = 7_900; // PostgreSQL's limit is 8000 bytes.

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    private final Duration poll;
    private final Duration reconnectAfter;
    private final String instance = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private final Object wake = new Object();
    private volatile boolean running;
    private volatile CountDownLatch firstAttempt = new CountDownLatch(1);
    private volatile Thread listener;
    private volatile boolean listening;
    /** Set once this instance listened: any later LISTEN follows a gap in which notifications may have been lost. */
    private volatile boolean listenedBefore;
    /** When the listening thread last showed it was alive (each wait for notifications, each reconnect attempt). */
    private volatile long lastBeat = System.nanoTime();
    private long lastFailureLogged = System.nanoTime() - Duration.ofMinutes(2).toNanos();
    private final java.util.concurrent.atomic.AtomicInteger generation = new java.util.concurrent.atomic.AtomicInteger();

    public ClusterEvents(DataSource dataSource, JdbcClient jdbc, ControlPlaneWork controlPlane,
                         @Value("${rugzak.cluster.poll:PT0.25S}") Duration poll,
                         @Value("${rugzak.cluster.reconnect-after:PT2S}") Duration reconnectAfter) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
        this.poll = poll;
        this.reconnectAfter = reconnectAfter;
    }

    /** Calls {@code onChange} with the changed key (or {@link #EVERYTHING}) when another instance publishes on {@code topic}. */
    public void subscribe(String topic, Consumer<String> onChange) {
        requireWord(topic);
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(onChange);
    }

    /**
     * Tells the other instances that {@code key} of {@code topic} changed. Call it after the change is committed. A
     * failure is logged, not thrown: the change itself stands, and the others' time-to-live catches up.
     */
    public void publish(String topic, String key) {
        requireWord(topic);
        String payload = instance + " " + topic + " " + key;
        if (payload.length() > MAX_PAYLOAD) {
            payload = instance + " " + topic + " " + EVERYTHING;
        }
        String message = payload;
        try {
            controlPlane.run(() -> jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, message).query((rs, row) -> 1).list());
        } catch (RuntimeException e) {
            log.warn("Could not tell the other instances that {} {} changed: {}", topic, key, e.toString());
        }
    }

    /** Whether the listening connection is up (for readiness details and tests). */
    public boolean listening() {
        healIfSilent();
        return listening && System.nanoTime() - lastBeat < SILENT.toNanos();
    }

    private static final Duration SILENT = Duration.ofSeconds(10);

    /**
     * A listening thread that has shown no sign of life for a while (it died, or hangs on a connection the network
     * dropped without telling) is replaced; the old one ends when it wakes, as it is no longer the current one.
     */
    private synchronized void healIfSilent() {
        Thread thread = listener;
        boolean silent = System.nanoTime() - lastBeat > SILENT.toNanos();
        if (running && thread != null && (!thread.isAlive() || silent)) {
            log.warn("The thread that listens for other instances' changes was silent; starting a new one");
            listening = false;
            lastBeat = System.nanoTime();
            startListener();
        }
    }

    private void startListener() {
        int mine = generation.incrementAndGet();
        Thread thread = Thread.ofPlatform().daemon().name("cluster-events").unstarted(() -> listen(mine));
        listener = thread;
        thread.start();
    }

    @Override
    public void start() {
        running = true;
        firstAttempt = new CountDownLatch(1);
        startListener();
        // Ready means hearing the others: a change another instance publishes right after this one started must not
        // be missed. The first attempt is waited for (briefly: a database that does not answer is readiness's issue).
        try {
            firstAttempt.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        generation.incrementAndGet();
        listening = false;
        synchronized (wake) {
            wake.notifyAll();
        }
        Thread thread = listener;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen(int mine) {
        boolean first = true;
        CountDownLatch attempted = firstAttempt;
        while (running && generation.get() == mine) {
            lastBeat = System.nanoTime();
            try (Connection connection = TenantContext.callWithoutTenant(dataSource::getConnection)) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                attempted.countDown();
                if (listenedBefore) {
                    log.info("Listening for changes of other instances again; dropping every cached copy");
                    deliverToAll(EVERYTHING);
                }
                listenedBefore = true;
                first = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running && generation.get() == mine) {
                    lastBeat = System.nanoTime();
                    PGNotification[] notifications = pg.getNotifications((int) poll.toMillis());
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                }
                // The connection goes back to the pool, whose next borrower must not be subscribed to the channel.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("UNLISTEN *");
                }
            } catch (SQLException | RuntimeException e) {
                // Every failure while listening, and then at most one a minute: a reconnect that keeps failing
                // quietly leaves this instance deaf to the others.
                long now = System.nanoTime();
                if (listening || first || now - lastFailureLogged > Duration.ofMinutes(1).toNanos()) {
                    lastFailureLogged = now;
                    log.warn("Lost the connection that listens for other instances' changes; trying again: {}", e.toString());
                }
                if (generation.get() == mine) {
                    listening = false;
                }
                first = false;
                attempted.countDown();
                waitBeforeReconnecting();
            }
        }
        if (generation.get() == mine) {
            listening = false;
        }
    }

    private void waitBeforeReconnecting() {
        synchronized (wake) {
            if (!running) {
                return;
            }
            try {
                wake.wait(reconnectAfter.toMillis());
            } catch (InterruptedException e) {
                // Nobody but stop() should wake this thread; ending it is safe, as listening() starts a new one.
                generation.incrementAndGet();
                Thread.currentThread().interrupt();
            }
        }
    }

    void receive(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length != 3 || parts[0].equals(instance)) {
            return;
        }
        deliver(parts[1], parts[2]);
    }

    private void deliverToAll(String key) {
        subscribers.keySet().forEach(topic -> deliver(topic, key));
    }

    private void deliver(String topic, String key) {
        for (Consumer<String> subscriber : subscribers.getOrDefault(topic, List.of())) {
            try {
                subscriber.accept(key);
            } catch (RuntimeException e) {
                log.warn("A subscriber of {} failed on {}", topic, key, e);
            }
        }
    }

    private static void requireWord(String topic) {
        if (!topic.matches("[a-z][a-z0-9.-]*")) {
            throw new IllegalArgumentException("A topic is one lower-case word: " + topic);
        }
    }
}
