package nl.rugzak.platform.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.rugzak.platform.tenancy.OwnDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server run as a child process for the embedded default, with its data kept between runs.
 * The application does not use the server's superuser: it gets its own login role (allowed to create the tenant
 * roles) and owns the database, as it would on a production server. A superuser would bypass every permission
 * check that keeps tenants apart.
 */
public final class EmbeddedDatabase implements OwnDatabase, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "rugzak";
    public static final String APPLICATION_USER = "rugzak_app";

    private final Path directory;
    private volatile EmbeddedPostgres server;

    private EmbeddedDatabase(Path directory, EmbeddedPostgres server) {
        this.directory = directory;
        this.server = server;
    }

    public static EmbeddedDatabase start(Path dataFolder, int port) {
        Path directory = dataFolder.resolve("postgres").toAbsolutePath();
        try {
            DevPlatform.current().requirePostgresBinaries(EmbeddedDatabase.class.getClassLoader());
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            long started = System.nanoTime();
            EmbeddedPostgres server = server(directory, port);
            EmbeddedDatabase database = new EmbeddedDatabase(directory, server);
            database.prepareApplicationRole();
            log.info("Embedded PostgreSQL ready on 127.0.0.1:{} in {} ms (data in {})", server.getPort(),
                    (System.nanoTime() - started) / 1_000_000, directory);
            return database;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static EmbeddedPostgres server(Path directory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // The library's defaults trade durability for speed (it starts the server with -F, fsync off); the
                // embedded default keeps real data, which a crash must not corrupt. -c comes after -F and wins.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // Each municipality has a small pool of its own (its own login role): room for many at once.
                .setServerConfig("max_connections", "300")
                .setRegisterShutdownHook(true)
                .start();
    }

    /** Stops the server and keeps its data, as when the database of a running application goes away. */
    public void stop() throws IOException {
        server.close();
    }

    /** Starts the server again on the same data and port after {@link #stop()}. */
    public void restart() throws IOException {
        server = server(directory, server.getPort());
    }

    /**
     * A server of this data folder may outlive the application that started it (killed, or exiting without its
     * shutdown hooks); it would keep the folder and make this start fail. It is ours, so it is stopped first.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        } catch (RuntimeException unreadable) {
            return;
        }
        var server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isPresent()) {
            log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier run", pid, directory);
            server.get().destroy();
            try {
                server.get().onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("An earlier PostgreSQL (pid " + pid + ") still holds " + directory, e);
            }
        }
    }

    private void prepareApplicationRole() throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%s') THEN
                        CREATE ROLE %s LOGIN CREATEROLE NOSUPERUSER NOCREATEDB;
                      END IF;
                    END $$""".formatted(APPLICATION_USER, APPLICATION_USER));
            try (var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + APPLICATION_USER);
                }
            }
        }
    }

    /** A database with its own owner, e.g. for the embedded Keycloak; created once, left alone afterwards. */
    public void ensureDatabase(String name, String owner, String password) {
        if (!name.matches("[a-z_]+") || !owner.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Unsafe database or role name");
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (var exists = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + owner + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE ROLE " + owner + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
                }
            }
            try (var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + name + " OWNER " + owner);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + name, e);
        }
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE;
    }

    @Override
    public String applicationUser() {
        return APPLICATION_USER;
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
