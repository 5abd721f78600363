package nl.rugzak.platform.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import nl.rugzak.platform.participation.polls.Placement;
import nl.rugzak.platform.participation.polls.PollDraft;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.ResultsVisibility;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Anonymous reads of the public API over HTTP (keep-alive, {@value #CLIENTS} clients at once, each for
 * {@value #SECONDS} s after a warm-up), next to a Spring Boot hello-world endpoint behind the same filters (tenant
 * resolution, the shared rate limit, the API's security chain, the answer cache) measured in the same run. Writes
 * benchmarks/results/api.md; with {@code -Drugzak.api.answer-cache.ttl=PT0S} (server cache off, for comparison)
 * benchmarks/results/api-without-cache.md.
 * Run: ./mvnw -Pbenchmark -pl platform -am verify -Dit.test=ApiBenchmark -Drugzak.trusted-proxies=127.0.0.1/32
 * (the last setting for the rows from wrk, see {@link #wrkRows}).
 *
 * <p>The load comes from {@value #ADDRESSES} client addresses (127.0.0.2 and up), as from many clients: every request
 * goes through the shared per-address rate limit with its default budget, so its cost is in the numbers, and no
 * address exceeds it.
 */
@Tag("benchmark")
class ApiBenchmark extends IntegrationTest {

    static final int CLIENTS = 32;
    static final int ADDRESSES = 128;
    static final int SECONDS = 10;
    static final int POLLS = 50;
    static final String HOST = "voorbeeld.localhost";

    /** The baseline: the smallest Spring MVC answer there is, on the same host and through the same chain. */
    public static class Hello {
        @org.springframework.web.bind.annotation.ResponseBody
        public String hello() {
            return "Hello, world";
        }
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @Autowired
    Polls polls;
    @Autowired
    java.time.Clock clock;
    @Autowired
    SecurityContextHolderStrategy security;
    @Value("${rugzak.api.answer-cache.ttl:PT5S}")
    Duration cacheTtl;
    @Value("${rugzak.trusted-proxies:}")
    String trustedProxies;

    @Test
    void anonymousCachedReads() throws Exception {
        // Registered at run time rather than by a test configuration, so the benchmark shares the tests' application.
        mappings.registerMapping(org.springframework.web.servlet.mvc.method.RequestMappingInfo
                        .paths("/api/v1/hello-benchmark").methods(org.springframework.web.bind.annotation.RequestMethod.GET)
                        .produces("text/plain").build(),
                new Hello(), Hello.class.getMethod("hello"));
        seed();
        List<HttpClient> clients = clients(ADDRESSES);
        HttpClient client = clients.getFirst();
        String etag = client.send(request("/api/v1/polls", Map.of()), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("ETag").orElseThrow();
        long pollId = TenantContext.call(new TenantId("voorbeeld"), () -> polls.published().getFirst().id());

        // One pass over every request first, so the first row does not pay for the JIT warming up.
        for (String path : List.of("/api/v1/hello-benchmark", "/api/v1/polls", "/api/v1/polls?limit=50&sort=closesAt&status=open",
                "/api/v1/polls/" + pollId)) {
            run(clients, request(path, Map.of()), 200, Duration.ofSeconds(3), new ArrayList<>());
        }
        List<String> rows = new ArrayList<>();
        rows.add(row(clients, "Spring Boot hello world `/api/v1/hello-benchmark` (text, same filters)",
                "/api/v1/hello-benchmark", Map.of(), 200));
        rows.add(row(clients, "`/api/v1/polls` revalidated with `If-None-Match` (304, what a CDN or browser cache "
                + "sends after max-age)", "/api/v1/polls", Map.of("If-None-Match", etag), 304));
        rows.add(row(clients, "`/api/v1/polls` (first page of 20 of " + POLLS + ", full JSON body)", "/api/v1/polls",
                Map.of(), 200));
        rows.add(row(clients, "`/api/v1/polls?limit=50&sort=closesAt` (a filtered page of 50, paged in SQL)",
                "/api/v1/polls?limit=50&sort=closesAt&status=open", Map.of(), 200));
        rows.add(row(clients, "`/api/v1/polls/{id}` (one poll with options and live results)",
                "/api/v1/polls/" + pollId, Map.of(), 200));
        rows.add(row(clients, "Spring Boot hello world again (drift check)", "/api/v1/hello-benchmark", Map.of(), 200));

        String fromAnotherProcess = wrkRows(pollId, etag);
        boolean cached = cacheTtl.isPositive();
        String report = "# API benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL 17, load generator in the same JVM, server answer cache "
                + (cached ? "on, " + cacheTtl.toSeconds() + " s" : "off") + ")\n\n"
                + "Anonymous reads over HTTP/1.1 keep-alive with " + CLIENTS + " clients at once from " + ADDRESSES
                + " client addresses (each within the default per-address rate limit), " + SECONDS
                + " s each after a 3 s warm-up, on `" + HOST + "`. The load generator (JDK HttpClient) shares the "
                + "machine with the server, so the numbers are lower bounds; the hello-world row is the ceiling of "
                + "this set-up.\n\n"
                + "| what | req/s | latency ms | errors | load average before → after |\n| --- | --- | --- | --- | --- |\n"
                + String.join("\n", rows) + "\n\n" + fromAnotherProcess
                + "Target: anonymous cached reads ≥ 5,000 req/s on a quiet machine.\n";
        System.out.println(report);
        Files.writeString(Stats.resultsFolder().resolve(cached ? "api.md" : "api-without-cache.md"), report);
    }

    private void seed() {
        var context = security.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("bench-editor", "n/a", "ROLE_editor"));
        security.setContext(context);
        try {
            TenantContext.run(new TenantId("voorbeeld"), () -> {
                Instant now = clock.instant(); // the application's clock, which tests move on
                for (int i = 0; i < POLLS; i++) {
                    long id = polls.create(new PollDraft("Benchmarkvraag " + i + "?", "Een vraag om te meten.",
                            List.of(PollDraft.OptionDraft.of("Ja"), PollDraft.OptionDraft.of("Nee")), false, 1,
                            now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(2)), Placement.SITE, false,
                            ResultsVisibility.LIVE));
                    polls.schedule(id);
                }
            });
        } finally {
            security.clearContext();
        }
    }

    /**
     * The same reads from a second process: wrk (Debian's package), as a CDN or proxy in front of Rugzak sends them,
     * from {@value #WRK_ADDRESSES} client addresses in {@code X-Forwarded-For} (so the loopback address must be a
     * trusted proxy: run with {@code -Drugzak.trusted-proxies=127.0.0.1/32}). Empty without wrk or that setting.
     */
    private String wrkRows(long pollId, String etag) throws Exception {
        boolean haveWrk = java.util.stream.Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "wrk")));
        if (!haveWrk || !trustedProxies.contains("127.0.0.1")) {
            return "(No rows from a second process: wrk is not installed or 127.0.0.1 is not a trusted proxy.)\n\n";
        }
        Path plain = wrkScript("");
        Path revalidating = wrkScript(", [\"If-None-Match\"] = '" + etag + "'");
        record Read(String what, String path, Path script) {
        }
        List<String> rows = new ArrayList<>();
        for (Read read : List.of(
                new Read("Spring Boot hello world `/api/v1/hello-benchmark` (text, same filters)", "/api/v1/hello-benchmark", plain),
                new Read("`/api/v1/polls` revalidated with `If-None-Match` (304)", "/api/v1/polls", revalidating),
                new Read("`/api/v1/polls` (first page of 20 of " + POLLS + ", full JSON body)", "/api/v1/polls", plain),
                new Read("`/api/v1/polls?limit=50&sort=closesAt` (a filtered page of 50)", "/api/v1/polls?limit=50&sort=closesAt&status=open", plain),
                new Read("`/api/v1/polls/{id}` (one poll with options and live results)", "/api/v1/polls/" + pollId, plain),
                new Read("Spring Boot hello world again (drift check)", "/api/v1/hello-benchmark", plain))) {
            wrk(read.script(), read.path(), 3); // warm-up
            String before = loadAverage();
            String out = wrk(read.script(), read.path(), SECONDS);
            rows.add("| " + read.what() + " | " + wrkValue(out, "Requests/sec:\\s+([0-9.]+)") + " | "
                    + wrkValue(out, "(?m)^\\s+50%\\s+(\\S+)") + " | " + wrkValue(out, "(?m)^\\s+90%\\s+(\\S+)") + " | "
                    + wrkValue(out, "(?m)^\\s+99%\\s+(\\S+)") + " | "
                    + wrkValue(out, "Non-2xx or 3xx responses:\\s+(\\d+)").replace("n/a", "0") + " | "
                    + before + " → " + loadAverage() + " |");
        }
        return "The same reads from a second process: wrk 4.1 (" + WRK_THREADS + " threads, " + WRK_CONNECTIONS
                + " keep-alive connections, " + SECONDS + " s after a 3 s warm-up), as a CDN or proxy in front of Rugzak "
                + "sends them, from " + WRK_ADDRESSES + " client addresses in `X-Forwarded-For` (loopback a trusted proxy):\n\n"
                + "| what | req/s | p50 | p90 | p99 | non-2xx/3xx | load average before → after |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n" + String.join("\n", rows) + "\n\n";
    }

    /** A wrk script sending each request from the next of the client addresses, with the headers given (Lua). */
    private Path wrkScript(String moreHeaders) throws java.io.IOException {
        Path script = Files.createTempFile("rugzak-wrk", ".lua");
        Files.writeString(script, """
                local n = 0
                request = function()
                  n = n + 1
                  local a = n %% %d
                  return wrk.format(nil, nil, {["Host"] = "%s:%d",
                    ["X-Forwarded-For"] = "10.77." .. math.floor(a / 200) .. "." .. (2 + a %% 200)%s})
                end
                """.formatted(WRK_ADDRESSES, HOST, port, moreHeaders));
        return script;
    }

    static final int WRK_ADDRESSES = 256;
    static final int WRK_THREADS = 2;
    static final int WRK_CONNECTIONS = 64;

    private String wrk(Path script, String path, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t" + WRK_THREADS, "-c" + WRK_CONNECTIONS, "-d" + seconds + "s",
                "--latency", "-s", script.toString(), "http://127.0.0.1:" + port + path).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        wrk.waitFor();
        System.out.println("API wrk " + path + "\n" + out);
        return out;
    }

    private static String wrkValue(String out, String pattern) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile(pattern).matcher(out);
        return found.find() ? found.group(1) : "n/a";
    }

    /** HTTP/1.1 keep-alive clients, each from its own loopback address (127.0.0.2 and up), sharing 4 I/O threads. */
    static List<HttpClient> clients(int addresses) throws java.net.UnknownHostException {
        ExecutorService io = Executors.newFixedThreadPool(4);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < addresses; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io)
                    .localAddress(java.net.InetAddress.getByAddress(new byte[] {127, 0, (byte) (i / 200), (byte) (2 + i % 200)}))
                    .build());
        }
        return clients;
    }

    private HttpRequest request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", HOST + ":" + port).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return request.GET().build();
    }

    private String row(List<HttpClient> client, String what, String path, Map<String, String> headers, int expected)
            throws Exception {
        HttpRequest request = request(path, headers);
        run(client, request, expected, Duration.ofSeconds(3), new ArrayList<>());
        String before = loadAverage();
        List<Double> latencies = new ArrayList<>();
        long[] counts = run(client, request, expected, Duration.ofSeconds(SECONDS), latencies);
        String after = loadAverage();
        return "| " + what + " | " + String.format("%,.0f", counts[0] / (double) SECONDS) + " | "
                + Stats.summary(latencies.subList(0, Math.min(latencies.size(), 200_000))) + " | " + counts[1] + " | "
                + before + " → " + after + " |";
    }

    /** [answers as expected, others]; a sample of latencies into {@code latencies}. */
    private static long[] run(List<HttpClient> clients, HttpRequest request, int expected, Duration length,
                              List<Double> latencies) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong ok = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Double>>> work = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int first = i;
            work.add(workers.submit(() -> {
                List<Double> mine = new ArrayList<>();
                // Each worker takes its turn over its share of the addresses: every address sends about as much.
                for (int n = first; !stop.get(); n += CLIENTS) {
                    HttpClient client = clients.get(n % clients.size());
                    long started = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == expected ? ok : bad).incrementAndGet();
                    } catch (java.io.IOException e) {
                        bad.incrementAndGet();
                    }
                    if (mine.size() < 20_000) {
                        mine.add(Stats.millisSince(started));
                    }
                }
                return mine;
            }));
        }
        long until = System.nanoTime() + length.toNanos();
        while (System.nanoTime() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(until - System.nanoTime());
        }
        stop.set(true);
        for (Future<List<Double>> future : work) {
            latencies.addAll(future.get());
        }
        workers.shutdown();
        return new long[] {ok.get(), bad.get()};
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }
}
