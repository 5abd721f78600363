package nl.rugzak.platform.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.rugzak.platform.RugzakApplication;
import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.schemas.TenantSchemas;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Startup-to-ready with 10 and with 100 tenants (each start a fresh JVM, embedded PostgreSQL already
 * initialised, "ready" = the first tenant home page answered 200), and the time to create, secure and migrate one
 * tenant schema. Prints the numbers and writes them to benchmarks/results/foundation.md.
 * Run: ./mvnw -Pbenchmark,production -pl platform -am verify
 */
@Tag("benchmark")
class FoundationBenchmark {

    private static final int STARTS = 3;
    private final Path data = IntegrationTest.freshFolder("rugzak-bench-");
    private final StringBuilder report = new StringBuilder();

    @Test
    void foundation() throws Exception {
        line("# Foundation benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("java.version") + ")");
        line("");
        List<Double> schemaMillis = new ArrayList<>();
        List<Double> creationMillis = new ArrayList<>();
        try (ConfigurableApplicationContext app = inProcess()) {
            TenantSchemas schemas = app.getBean(TenantSchemas.class);
            for (int i = 0; i < 20; i++) {
                TenantId probe = new TenantId("schema-probe-" + i);
                long started = System.nanoTime();
                schemas.create(probe);
                schemas.migrate(probe);
                schemaMillis.add(Stats.millisSince(started));
                schemas.drop(probe);
            }
            createTenants(app, 3, 10, creationMillis);
        }
        line("## One new tenant schema (create role + schema, grant, run tenant changelogs), 20 runs");
        line(Stats.summary(schemaMillis) + "  (target ≤ 500 ms)");
        line("");
        line("## Whole tenant creation (validation, registry, schema, migrations, activation), 8 runs");
        line(Stats.summary(creationMillis));
        line("");

        line("## Startup to ready, 10 tenants (" + STARTS + " fresh JVMs, development classpath)");
        line(Stats.summary(startups()) + "  (target ≤ 8 s)");
        line("");
        // The production jar has no embedded PostgreSQL (it refuses to start without a database): its startup is
        // measured by OperationsStartupBenchmark, against a database of its own, in benchmarks/results/operations-startup.md.
        line("## Startup of the production jar and image layout: see operations-startup.md");
        line("");

        try (ConfigurableApplicationContext app = inProcess()) {
            createTenants(app, 11, 100, new ArrayList<>());
        }
        line("## Startup to ready, 100 tenants (" + STARTS + " fresh JVMs)");
        line(Stats.summary(startups()) + "  (target: ≤ 2 s more than with 10)");
        line("");

        try (ConfigurableApplicationContext app = inProcess()) {
            app.getBean(JdbcClient.class).sql("UPDATE control.tenant SET schema_fingerprint = NULL").update();
        }
        line("## Startup to ready, 100 tenants that all need a Liquibase run (after a changelog change), 1 JVM");
        line(Stats.summary(List.of(startOnce())));

        String text = report.toString();
        System.out.println(text);
        Files.writeString(Stats.resultsFolder().resolve("foundation.md"), text);
    }

    private void createTenants(ConfigurableApplicationContext app, int from, int to, List<Double> millis) {
        TenantCreation creation = app.getBean(TenantCreation.class);
        for (int i = from; i <= to; i++) {
            long started = System.nanoTime();
            creation.create(new NewTenant("gemeente-" + i, "Gemeente " + i, "gemeente-" + i + ".localhost",
                    List.of(), List.of("nl")));
            millis.add(Stats.millisSince(started));
        }
    }

    private ConfigurableApplicationContext inProcess() {
        return SpringApplication.run(RugzakApplication.class, "--rugzak.data-dir=" + data,
                "--rugzak.embedded.postgres-port=0", "--server.port=0", "--rugzak.keycloak.embedded=false",
                "--rugzak.tenants.max=200");
    }

    private List<Double> startups() throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            seconds.add(startOnce());
        }
        return seconds;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Seconds from launching a fresh JVM (development classpath) until the voorbeeld home page answers 200. */
    private double startOnce() throws Exception {
        return startOnce(List.of("-cp", System.getProperty("java.class.path"), RugzakApplication.class.getName()));
    }

    private double startOnce(List<String> launch) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(launch);
        command.addAll(List.of("--rugzak.data-dir=" + data, "--rugzak.embedded.postgres-port=0",
                "--server.port=" + port, "--rugzak.keycloak.embedded=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(File.createTempFile("rugzak-bench", ".log"));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            HttpSite site = new HttpSite(port, "voorbeeld.localhost");
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application stopped during startup");
                }
                try {
                    if (site.get("/").statusCode() == 200) {
                        return Stats.millisSince(started) / 1000.0;
                    }
                } catch (IllegalStateException notYetListening) {
                    // The server is not accepting connections yet.
                }
                Thread.onSpinWait();
                process.waitFor(Duration.ofMillis(50));
            }
            throw new IllegalStateException("Not ready within 120 s");
        } finally {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(30))) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
