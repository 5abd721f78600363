package nl.rugzak.platform.availability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answers, known without waiting: a watcher keeps one connection of its own, outside the
 * pool, and checks it every {@link #WATCH_INTERVAL}. A pooled connection only learns that the server is gone when
 * it is borrowed, and then every request would wait for the pool's timeout. When the server goes away, the pool's
 * connections are dropped; when it is back, the watcher's new connection says so and requests are served again.
 */
public class DatabaseAvailability implements AutoCloseable {

    static final Duration WATCH_INTERVAL = Duration.ofMillis(500);
    private static final int CONNECT_TIMEOUT_SECONDS = 1;
    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final String url;
    private final Properties login;
    private final Runnable dropPooledConnections;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("database-watcher").factory());
    private volatile boolean available = true;
    /** Touched by the watcher thread only. */
    private Connection connection;

    /**
     * @param dropPooledConnections closes the pool's connections, which are dead once the server went away
     */
    public DatabaseAvailability(String url, String username, String password, Runnable dropPooledConnections) {
        this.url = url;
        this.login = new Properties();
        if (username != null) {
            login.setProperty("user", username);
        }
        if (password != null) {
            login.setProperty("password", password);
        }
        // pgjdbc: seconds. An unreachable host (no answer at all) must not hold the watcher up.
        login.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        login.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        login.setProperty("socketTimeout", String.valueOf(2 * CONNECT_TIMEOUT_SECONDS));
        login.setProperty("ApplicationName", "rugzak-database-watcher");
        this.dropPooledConnections = dropPooledConnections;
    }

    public void startWatching() {
        watcher.scheduleWithFixedDelay(this::check, 0, WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isAvailable() {
        return available;
    }

    /** A request failed for want of a connection: believe it now, and let the watcher confirm when it is back. */
    public void connectionFailed(Throwable failure) {
        if (available) {
            log.warn("The database did not give a connection: {}", failure.toString());
            lost();
        }
    }

    void check() {
        boolean answers = answers();
        if (answers && !available) {
            log.info("The database answers again; pages are served again");
            available = true;
        } else if (!answers && available) {
            log.warn("The database does not answer; visitors get the 'temporarily unavailable' page until it does");
            lost();
        }
    }

    private void lost() {
        available = false;
        try {
            dropPooledConnections.run();
        } catch (RuntimeException e) {
            log.debug("Could not drop the pool's connections", e);
        }
    }

    private boolean answers() {
        try {
            if (connection != null && connection.isValid(CONNECT_TIMEOUT_SECONDS)) {
                return true;
            }
            closeConnection();
            connection = DriverManager.getConnection(url, login);
            return true;
        } catch (SQLException | RuntimeException e) {
            closeConnection();
            return false;
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // It is gone either way.
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        try {
            watcher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
