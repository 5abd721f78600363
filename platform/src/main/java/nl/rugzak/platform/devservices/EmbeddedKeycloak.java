package nl.rugzak.platform.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nl.rugzak.platform.security.OwnIdentityServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak server for the embedded default, run as a child process from the distribution the build
 * fetched from Maven Central. It keeps its data in the embedded PostgreSQL (database {@code keycloak}) and its
 * generated admin password in the data folder, so a restart finds the same realms and users. It listens on the
 * loopback address only, and is started again when its process dies. When a Keycloak with our credentials already
 * answers on the port, that one is used and left running.
 */
public final class EmbeddedKeycloak implements OwnIdentityServer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKeycloak.class);
    public static final String ADMIN_USERNAME = "rugzak-admin";
    private static final DevPlatform PLATFORM = DevPlatform.current();
    private static final String LOOPBACK = "127.0.0.1";

    private final Path home;
    private final int port;
    private final String adminPassword;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile Process process;
    private volatile boolean closing;
    /**
     * Stops the Keycloak this JVM started when the JVM ends, at once and beside the application's own shutdown. That
     * one can take longer than a test runner waits (Surefire kills its fork 30 s after System.exit, while the
     * scheduler still waited for a database already gone), and a killed JVM left its Keycloak running: an orphaned
     * Keycloak of ~400 MB after every ./mvnw verify (seen 2026-12-04).
     */
    private final Thread stopAtExit = Thread.ofPlatform().unstarted(this::close);

    private EmbeddedKeycloak(Path home, int port, String adminPassword) {
        this.home = home;
        this.port = port;
        this.adminPassword = adminPassword;
    }

    /** Starts Keycloak in the background; {@link #ready()} completes when it answers. Never blocks startup. */
    public static EmbeddedKeycloak start(Path dataFolder, int port, EmbeddedDatabase database, Path distribution) {
        Path folder = dataFolder.resolve("keycloak").toAbsolutePath();
        try {
            Files.createDirectories(folder);
            Properties secrets = secrets(folder.resolve("credentials.properties"));
            database.ensureDatabase("keycloak", "keycloak", secrets.getProperty("db.password"));
            EmbeddedKeycloak keycloak = new EmbeddedKeycloak(folder, port, secrets.getProperty("admin.password"));
            Runtime.getRuntime().addShutdownHook(keycloak.stopAtExit);
            Thread.ofPlatform().daemon().name("keycloak-starter").start(() -> keycloak.run(distribution, database,
                    secrets.getProperty("db.password")));
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded Keycloak in " + folder, e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String adminPassword() {
        return adminPassword;
    }

    @Override
    public CompletableFuture<Void> ready() {
        return ready;
    }

    private void run(Path distribution, EmbeddedDatabase database, String dbPassword) {
        Path server;
        try {
            long started = System.nanoTime();
            if (answers()) {
                log.info("A Keycloak already answers at {}; using it", url());
                ready.complete(null);
                return;
            }
            server = unpack(distribution);
            installLoginTheme(server);
            startAndAwait(server, database, dbPassword);
            log.info("Embedded Keycloak ready at {} in {} s (log: {})", url(),
                    (System.nanoTime() - started) / 1_000_000_000, home.resolve("keycloak.log"));
            ready.complete(null);
        } catch (Exception e) {
            log.error("The embedded Keycloak could not start; logging in is not possible", e);
            ready.completeExceptionally(e);
            return;
        }
        watch(server, database, dbPassword);
    }

    /**
     * Restarts Keycloak whenever its process ends while the application runs (a crash, a kill by the system for
     * memory): logging in comes back by itself instead of staying unavailable until the application restarts. A
     * Keycloak that keeps failing is retried with growing pauses, up to a minute.
     */
    private void watch(Path server, EmbeddedDatabase database, String dbPassword) {
        int failuresInARow = 0;
        while (!closing) {
            Process current = process;
            try {
                current.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (closing) {
                return;
            }
            log.warn("The embedded Keycloak stopped (exit code {}); restarting it", current.exitValue());
            try {
                Thread.sleep(Duration.ofSeconds(Math.min(60, 1L << Math.min(failuresInARow, 6))));
                long started = System.nanoTime();
                startAndAwait(server, database, dbPassword);
                failuresInARow = 0;
                log.info("Embedded Keycloak restarted at {} in {} s", url(), (System.nanoTime() - started) / 1_000_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failuresInARow++;
                log.error("The embedded Keycloak could not be restarted; trying again: {}", e.toString());
                stop(process);
            }
        }
    }

    /** Starts the server process and waits until it answers; throws when it dies or stays silent too long. */
    private void startAndAwait(Path server, EmbeddedDatabase database, String dbPassword) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(startScript(server, PLATFORM).toString(), "start-dev",
                // Only this machine reaches it, the admin console and management interface included.
                "--http-host=" + LOOPBACK,
                "--http-management-host=" + LOOPBACK,
                "--http-port=" + port,
                "--http-management-port=" + (port + 1000),
                "--db=postgres",
                "--db-url=jdbc:postgresql://127.0.0.1:" + database.port() + "/keycloak",
                "--db-username=keycloak",
                "--db-password=" + dbPassword,
                "--health-enabled=true")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("keycloak.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        Process started;
        synchronized (this) {
            if (closing) {
                throw new IllegalStateException("The application is stopping");
            }
            started = builder.start();
            process = started;
        }
        // A first start migrates Keycloak's database: about 40 s on an idle machine, several minutes on a busy one.
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (System.nanoTime() < deadline && started.isAlive()) {
            if (answers()) {
                return;
            }
            started.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("Keycloak did not answer at " + url() + "; see " + home.resolve("keycloak.log"));
    }

    /** The distribution's own start script for this platform, by a path that holds on Linux, macOS and Windows. */
    static Path startScript(Path server, DevPlatform platform) {
        return server.resolve("bin").resolve(platform.keycloakScript());
    }

    private boolean answers() {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url() + "/realms/master"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Unpacks the distribution once per data folder; later starts reuse it (and Keycloak's own build of it). When
     * the build brings another Keycloak version, the old server folder is replaced (the data is in PostgreSQL and
     * Keycloak migrates it at its first start).
     */
    private Path unpack(Path distribution) throws IOException {
        Path target = home.resolve("server");
        Path marker = target.resolve(".unpacked");
        if (Files.exists(marker)) {
            String unpacked = Files.readString(marker).trim();
            String wanted = Files.isRegularFile(distribution) ? topFolder(distribution) : null;
            if (wanted == null || wanted.equals(unpacked)) {
                return target.resolve(unpacked);
            }
            log.info("The Keycloak distribution changed from {} to {}; unpacking the new one", unpacked, wanted);
            deleteRecursively(target);
        }
        if (!Files.isRegularFile(distribution)) {
            throw new IllegalStateException("No Keycloak distribution at " + distribution
                    + ". Build with ./mvnw first, or configure an external Keycloak (KEYCLOAK_URL).");
        }
        String top = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Zip entry outside its folder: " + entry.getName());
                }
                if (top == null) {
                    top = entry.getName().split("/")[0];
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    try (OutputStream out = Files.newOutputStream(path)) {
                        zip.transferTo(out);
                    }
                }
            }
        }
        Path server = target.resolve(top);
        // Zip entries carry no execute bit; Linux and macOS need it to run the scripts.
        if (PLATFORM.hasPosixPermissions()) {
            for (String script : new String[] {"kc.sh", "kcadm.sh", "kcreg.sh"}) {
                Path file = server.resolve("bin").resolve(script);
                if (Files.exists(file)) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        Files.writeString(marker, top);
        return server;
    }

    private static String topFolder(Path distribution) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
            ZipEntry first = zip.getNextEntry();
            return first == null ? null : first.getName().split("/")[0];
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Copies Rugzak's login theme (from the themes module on the classpath) into the server's themes folder, fresh
     * at every start, so the embedded server always has the theme provisioning names.
     */
    static void installLoginTheme(Path server) throws IOException {
        String root = "keycloak-themes/";
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath*:" + root + "rugzak/**")) {
            if (!resource.isReadable()) {
                continue;
            }
            String url = resource.getURL().toString();
            String relative = url.substring(url.lastIndexOf(root) + root.length());
            Path target = server.resolve("themes").resolve(relative).normalize();
            if (!target.startsWith(server.resolve("themes")) || relative.endsWith("/")) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Properties secrets(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            return properties;
        }
        properties.setProperty("admin.password", randomSecret());
        properties.setProperty("db.password", randomSecret());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "Generated for the embedded Keycloak; delete the data folder to start over");
        }
        if (PLATFORM.hasPosixPermissions()) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        return properties;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        Process running;
        synchronized (this) {
            closing = true;
            running = process;
        }
        stop(running);
        if (Thread.currentThread() != stopAtExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is ending: the hook runs or ran, and finds the process already stopped.
            }
        }
    }

    private static void stop(Process running) {
        if (running == null || !running.isAlive()) {
            return;
        }
        running.descendants().forEach(ProcessHandle::destroy);
        running.destroy();
        try {
            if (!running.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                running.descendants().forEach(ProcessHandle::destroyForcibly);
                running.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }
}
