package nl.rugzak.platform.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response;
import nl.rugzak.platform.participation.polls.Placement;
import nl.rugzak.platform.participation.polls.PollDraft;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.ResultsVisibility;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.identity.RealmSpec;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents voting through the write API over HTTP: {@value #RESIDENTS} residents of one municipality, each with an
 * access token Keycloak issued for the API client of that municipality's realm (prepared before the clock starts),
 * vote once in an open poll, {@value #CLIENTS} at a time from {@value #ADDRESSES} client addresses; {@value #ROUNDS}
 * rounds, each in a poll of its own, and the median round is the result. Every vote takes the whole path: tenant
 * resolution, the per-address and per-token shared rate limits, the token check against the realm's keys, the poll's
 * service rules and its counters. Then each resident tries once more in the last poll (the poll does not let
 * residents change their vote: every second try must be refused), and the database must hold exactly one vote per
 * resident in every poll. Warm-up rounds in polls of their own come first. A Spring Boot hello-world endpoint behind
 * the same filters is measured in the same run, as the ceiling of this set-up. Writes benchmarks/results/api-votes.md.
 * Run: ./mvnw -Pbenchmark -pl platform -am verify -Dit.test=ApiVotesBenchmark
 *
 * <p>Preparing ten thousand real tokens takes Keycloak's own time, so for the run only, the realm hashes the
 * benchmark residents' passwords with one PBKDF2 round, lets the API client use the password grant (a script's way
 * to the same token the app's PKCE login gives: same client, same audience, same signing key), and keeps access
 * tokens valid for an hour; all three are put back afterwards.
 */
@Tag("benchmark")
class ApiVotesBenchmark extends IntegrationTest {

    static final int RESIDENTS = Integer.getInteger("votes.residents", 10_000);
    static final int CLIENTS = 32;
    static final int MOST_WARM_UP_ROUNDS = 8;
    static final int ADDRESSES = 128;
    static final String SLUG = "voorbeeld";
    static final String HOST = SLUG + ".localhost";
    static final String PASSWORD = "benchmark-vote-2026";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;
    @Autowired
    Polls polls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TenantRealms realms;
    @Autowired
    java.time.Clock clock;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    nl.rugzak.platform.security.IdentityStartup identity;

    /** Measured rounds after the warm-up, each in a poll of its own; the median is the result (a noisy machine). */
    static final int ROUNDS = 3;

    @Test
    void residentsVoteThroughTheApi() throws Exception {
        mappings.registerMapping(org.springframework.web.servlet.mvc.method.RequestMappingInfo
                        .paths("/api/v1/hello-votes-benchmark").methods(org.springframework.web.bind.annotation.RequestMethod.GET)
                        .produces("text/plain").build(),
                new ApiBenchmark.Hello(), ApiBenchmark.Hello.class.getMethod("hello"));
        // The realms converge in the background at startup: Keycloak must be up and the realm ready for the residents.
        identity.ready().get(10, java.util.concurrent.TimeUnit.MINUTES);
        String prepareLoad = ApiBenchmark.loadAverage();
        long preparing = System.nanoTime();
        List<String> tokens = residentTokens();
        double preparedSeconds = (System.nanoTime() - preparing) / 1e9;
        assertThat(tokens).hasSize(RESIDENTS).doesNotHaveDuplicates();

        List<CloseableHttpClient> clients = clients();
        // The hello world first, so that what it compiles is compiled before the votes are measured, not during them.
        Round hello = hello(clients, Duration.ofSeconds(10));
        // Warm-up (the realm's keys fetched, pools filled, and the JIT): every resident votes in polls of their own,
        // a round per poll, until the JIT compilers used less than a tenth of the CPU during a round; a server in
        // service has long compiled what its requests run (see PollsBenchmark).
        List<Round> warmUps = new ArrayList<>();
        do {
            long warmUpPoll = openPoll("Opwarmvraag " + (warmUps.size() + 1) + ": stemt u mee?");
            Round warmUp = vote(clients, tokens, warmUpPoll, optionsOf(warmUpPoll), ACCEPTED);
            assertThat(warmUp.bad.get()).as("warm-up votes refused").isZero();
            warmUps.add(warmUp);
        } while (warmUps.size() < MOST_WARM_UP_ROUNDS && warmUps.getLast().jitShare() >= PollsBenchmark.QUIET_JIT);

        List<Round> measured = new ArrayList<>();
        List<String> cpu = new ArrayList<>();
        List<Long> polls = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= ROUNDS; i++) {
            long poll = openPoll("Meetronde " + i + ": moet het plein meer groen krijgen?");
            String before = ApiBenchmark.loadAverage();
            CpuTime cpuBefore = CpuTime.now();
            Round votes = vote(clients, tokens, poll, optionsOf(poll), ACCEPTED);
            cpu.add("round " + i + ": " + CpuTime.now().since(cpuBefore).perRequest(votes.answered()));
            rows.append(votes.row("Votes, each resident once (201/200 expected), round " + i, before,
                    ApiBenchmark.loadAverage()));
            measured.add(votes);
            polls.add(poll);
        }
        Round median = measured.stream().sorted(java.util.Comparator.comparingDouble(Round::perSecond))
                .toList().get(ROUNDS / 2);
        long lastPoll = polls.getLast();
        Round again = vote(clients, tokens, lastPoll, optionsOf(lastPoll), status -> status == 409);
        Round helloAgain = hello(clients, Duration.ofSeconds(10));
        for (CloseableHttpClient client : clients) {
            client.close();
        }

        List<String> kept = new ArrayList<>();
        for (long poll : polls) {
            kept.add(TenantContext.call(new TenantId(SLUG), () -> jdbc.sql("""
                    SELECT (SELECT count(*) FROM poll_vote WHERE poll_id = ?) || ' votes, '
                        || (SELECT count(DISTINCT resident_id) FROM poll_vote WHERE poll_id = ?) || ' residents, counter '
                        || (SELECT coalesce(sum(votes), 0) FROM poll_count WHERE poll_id = ? AND option_id = 0)""")
                    .params(poll, poll, poll).query(String.class).single()));
        }
        String expected = RESIDENTS + " votes, " + RESIDENTS + " residents, counter " + RESIDENTS;

        String report = "# API votes benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL 17, real Keycloak, load generator in the same JVM)\n\n"
                + RESIDENTS + " residents of `" + HOST + "` each vote once in an open poll with `POST /api/v1/polls/{id}/votes` "
                + "and a bearer token Keycloak issued for the realm's API client, " + CLIENTS + " requests at once from "
                + ADDRESSES + " client addresses, HTTP/1.1 keep-alive (Apache HttpClient 5, blocking); " + ROUNDS
                + " measured rounds, each in a poll of its own. Tokens prepared beforehand in "
                + String.format("%.0f", preparedSeconds) + " s (load average " + prepareLoad + "). Warm-up first: "
                + warmUps.size() + " rounds, each every resident voting in a poll of its own, until the JIT compilers"
                + " used less than " + String.format("%.0f", PollsBenchmark.QUIET_JIT * 100) + " % of the CPU (at most "
                + MOST_WARM_UP_ROUNDS + " rounds): " + warmUps.stream().map(r -> String.format("%,.0f votes/s (JIT %.0f %%)",
                r.answered() / r.seconds(), r.jitShare() * 100)).collect(java.util.stream.Collectors.joining(", "))
                + "; a resident's first vote also records their profile and their token's rate-limit bucket, so in the"
                + " rounds below every profile exists and this instance swaps each bucket without reading it first."
                + " The load generator shares the 2 cores with the "
                + "server, PostgreSQL and Keycloak, so the numbers are lower bounds.\n\n"
                + "| what | requests | per second | latency ms | as expected | other answers | JIT compiling meanwhile, ms"
                + " (share of the CPU) | load average before → after |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
                + hello.row("Spring Boot hello world `GET /api/v1/hello-votes-benchmark` (same filters, no token), before the warm-up", "", "")
                + rows
                + again.row("The same residents again in round " + ROUNDS + "'s poll (409 expected: no change of vote in this poll)", "", "")
                + helloAgain.row("Spring Boot hello world again, warm", "", "")
                + "\n**Median of the " + ROUNDS + " rounds: " + String.format("%,.0f", median.perSecond())
                + " votes/s, p95 " + String.format("%.1f", median.p95()) + " ms** (the round in the middle by votes/s).\n\n"
                + "CPU per vote in the measured rounds (/proc; the JVM holds the server and the load generator): "
                + String.join("; ", cpu) + ".\n\n"
                + "After the run, per measured poll: " + String.join("; ", kept) + " (expected " + expected
                + " each: 0 lost, 0 double).\n\n"
                + "Target: ≥ 1,000 votes/s with p95 ≤ 100 ms, exactly one vote per resident and poll.\n";
        System.out.println(report);
        Files.writeString(Stats.resultsFolder().resolve("api-votes.md"), report);

        assertThat(measured).allSatisfy(votes -> assertThat(votes.bad.get()).as("votes refused").isZero());
        assertThat(again.bad.get()).as("second votes not refused with 409").isZero();
        assertThat(kept).containsOnly(expected);
    }

    private long openPoll(String question) {
        var context = security.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("bench-editor", "n/a", "ROLE_editor"));
        security.setContext(context);
        try {
            return TenantContext.call(new TenantId(SLUG), () -> {
                Instant now = clock.instant(); // the application's clock, which tests move on
                long id = polls.create(new PollDraft(question, "Een vraag om te meten.",
                        List.of(PollDraft.OptionDraft.of("Ja"), PollDraft.OptionDraft.of("Nee"),
                                PollDraft.OptionDraft.of("Weet ik niet")), false, 1,
                        now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(2)), Placement.SITE, false,
                        ResultsVisibility.LIVE));
                polls.schedule(id);
                return id;
            });
        } finally {
            security.clearContext();
        }
    }

    private List<Long> optionsOf(long poll) {
        return TenantContext.call(new TenantId(SLUG), () -> jdbc.sql(
                "SELECT id FROM poll_option WHERE poll_id = ? ORDER BY id").param(poll).query(Long.class).list());
    }

    /** Creates the residents in the realm and asks Keycloak for each one's access token, as described above. */
    private List<String> residentTokens() throws Exception {
        String realmName = TenantRealms.realmOf(new TenantId(SLUG));
        RealmResource realm = realms.server().admin().realm(realmName);
        RealmRepresentation settings = realm.toRepresentation();
        String policy = settings.getPasswordPolicy();
        Integer lifespan = settings.getAccessTokenLifespan();
        ClientResource api = realm.clients().get(realm.clients().findByClientId(RealmSpec.API_CLIENT_ID).getFirst().getId());
        ClientRepresentation client = api.toRepresentation();
        Boolean directGrants = client.isDirectAccessGrantsEnabled();
        settings.setPasswordPolicy("hashAlgorithm(pbkdf2-sha256) and hashIterations(1)");
        settings.setAccessTokenLifespan(3600);
        realm.update(settings);
        client.setDirectAccessGrantsEnabled(true);
        api.update(client);
        try {
            String run = Long.toString(System.currentTimeMillis(), 36);
            List<String> usernames = new ArrayList<>();
            for (int i = 0; i < RESIDENTS; i++) {
                usernames.add("stemmer-" + run + "-" + i);
            }
            for (int from = 0; from < RESIDENTS; from += 500) {
                PartialImportRepresentation batch = new PartialImportRepresentation();
                batch.setIfResourceExists(PartialImportRepresentation.Policy.FAIL.name());
                batch.setUsers(usernames.subList(from, Math.min(RESIDENTS, from + 500)).stream().map(this::resident).toList());
                try (Response imported = realm.partialImport(batch)) {
                    assertThat(imported.getStatus()).as("users imported").isEqualTo(200);
                }
            }
            String endpoint = realms.server().issuer(realmName) + "/protocol/openid-connect/token";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ExecutorService askers = Executors.newFixedThreadPool(6);
            try {
                List<Future<String>> asked = new ArrayList<>();
                for (String username : usernames) {
                    asked.add(askers.submit(() -> token(http, endpoint, username)));
                }
                List<String> tokens = new ArrayList<>();
                for (Future<String> token : asked) {
                    tokens.add(token.get());
                }
                return tokens;
            } finally {
                askers.shutdown();
            }
        } finally {
            RealmRepresentation restore = realm.toRepresentation();
            restore.setPasswordPolicy(policy);
            restore.setAccessTokenLifespan(lifespan);
            realm.update(restore);
            ClientRepresentation restoreClient = api.toRepresentation();
            restoreClient.setDirectAccessGrantsEnabled(directGrants);
            api.update(restoreClient);
        }
    }

    private UserRepresentation resident(String username) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@" + SLUG + ".example");
        user.setEmailVerified(true);
        user.setFirstName("Stemmer");
        user.setLastName(username.substring(username.lastIndexOf('-') + 1));
        user.setEnabled(true);
        user.setRealmRoles(List.of("resident"));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        return user;
    }

    private static String token(HttpClient http, String endpoint, String username) throws Exception {
        String form = "grant_type=password&client_id=" + RealmSpec.API_CLIENT_ID + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No token for " + username + ": " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    /** Every token votes once in {@code poll}, for one of its options in turn. */
    private static final java.util.function.IntPredicate ACCEPTED = status -> status == 200 || status == 201;

    private Round vote(List<CloseableHttpClient> clients, List<String> tokens, long poll, List<Long> options,
                       java.util.function.IntPredicate expected) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return Round.of(clients, (n, client) -> {
            int i = next.getAndIncrement();
            if (i >= tokens.size()) {
                return -1;
            }
            HttpPost vote = new HttpPost("http://127.0.0.1:" + port + "/api/v1/polls/" + poll + "/votes");
            vote.setHeader(HttpHeaders.HOST, HOST + ":" + port);
            vote.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(i));
            vote.setEntity(new StringEntity("{\"options\":[" + options.get(i % options.size()) + "]}",
                    ContentType.APPLICATION_JSON));
            return client.execute(vote, ApiVotesBenchmark::statusOf);
        }, expected, status -> false, null);
    }

    private Round hello(List<CloseableHttpClient> clients, Duration length) throws Exception {
        return Round.of(clients, (n, client) -> {
            HttpGet hello = new HttpGet("http://127.0.0.1:" + port + "/api/v1/hello-votes-benchmark");
            hello.setHeader(HttpHeaders.HOST, HOST + ":" + port);
            return client.execute(hello, ApiVotesBenchmark::statusOf);
        }, status -> status == 200, status -> false, length);
    }

    private static int statusOf(ClassicHttpResponse answer) throws java.io.IOException {
        EntityUtils.consume(answer.getEntity());
        return answer.getCode();
    }

    /**
     * One client per address, each keeping its connections open (HTTP/1.1 keep-alive). Blocking and on the sender's
     * own thread: the JDK's HttpClient hands every request to its selector thread and the answer to an executor and
     * back, and those hops took 18 % of the CPU of a vote run (async-profiler, 2026-12-04), CPU the server then lacked.
     */
    private static List<CloseableHttpClient> clients() throws java.net.UnknownHostException {
        List<CloseableHttpClient> clients = new ArrayList<>();
        for (int i = 0; i < ADDRESSES; i++) {
            java.net.InetAddress from = java.net.InetAddress.getByAddress(new byte[] {127, 0, (byte) (i / 200), (byte) (2 + i % 200)});
            clients.add(HttpClients.custom()
                    .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                            .setMaxConnTotal(CLIENTS).setMaxConnPerRoute(CLIENTS)
                            .setDefaultConnectionConfig(ConnectionConfig.custom()
                                    .setConnectTimeout(Timeout.ofSeconds(30)).setSocketTimeout(Timeout.ofSeconds(30)).build())
                            .build())
                    .setRoutePlanner(new DefaultRoutePlanner(null) {
                        @Override
                        protected java.net.InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
                            return from;
                        }
                    })
                    .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                    .disableContentCompression().disableAuthCaching().build());
        }
        return clients;
    }

    /** One round of requests: counts, latencies and its length. */
    record Round(AtomicLong ok, AtomicLong bad, List<Double> latencies, double seconds, long compiling) {

        double jitShare() {
            return Stats.shareOfTheCpu(compiling, seconds);
        }

        double perSecond() {
            return answered() / seconds;
        }

        double p95() {
            return Stats.p95(latencies.stream().sorted().toList());
        }

        interface Send {
            /** The answer's status, or -1 when there is nothing left to send. */
            int send(int worker, CloseableHttpClient client) throws Exception;
        }

        long answered() {
            return ok.get() + bad.get();
        }

        /** Sends with {@value #CLIENTS} workers until {@code send} has nothing left or {@code length} is over. */
        static Round of(List<CloseableHttpClient> clients, Send send, java.util.function.IntPredicate expected,
                        java.util.function.IntPredicate alsoFine, Duration length) throws Exception {
            AtomicLong ok = new AtomicLong();
            AtomicLong bad = new AtomicLong();
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
            long until = length == null ? Long.MAX_VALUE : System.nanoTime() + length.toNanos();
            ExecutorService workers = Executors.newFixedThreadPool(CLIENTS);
            long compiledBefore = Stats.compilingMs();
            long started = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < CLIENTS; w++) {
                int worker = w;
                work.add(workers.submit(() -> {
                    List<Double> mine = new ArrayList<>();
                    for (int n = worker; System.nanoTime() < until; n += CLIENTS) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = send.send(worker, clients.get(n % clients.size()));
                        } catch (java.io.IOException e) {
                            status = 0;
                        }
                        if (status < 0) {
                            break;
                        }
                        (expected.test(status) ? ok : bad).incrementAndGet();
                        if (!expected.test(status) && !alsoFine.test(status) && bad.get() <= 3) {
                            System.out.println("VOTES unexpected answer " + status);
                        }
                        if (mine.size() < 50_000) {
                            mine.add(Stats.millisSince(sent));
                        }
                    }
                    latencies.addAll(mine);
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            workers.shutdown();
            return new Round(ok, bad, latencies, (System.nanoTime() - started) / 1e9,
                    Stats.compilingMs() - compiledBefore);
        }

        String row(String what, String before, String after) {
            return "| " + what + " | " + answered() + " | " + String.format("%,.0f", answered() / seconds) + " | "
                    + Stats.summary(latencies) + " | " + ok.get() + " | " + bad.get() + " | "
                    + String.format("%,d (%.0f %%)", compiling, jitShare() * 100) + " | "
                    + (before.isEmpty() ? "" : before + " → " + after) + " |\n";
        }
    }
}
