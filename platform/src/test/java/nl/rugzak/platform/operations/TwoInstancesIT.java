package nl.rugzak.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import nl.rugzak.platform.RugzakApplication;
import nl.rugzak.platform.devservices.EmbeddedDatabase;
import nl.rugzak.platform.devservices.EmbeddedKeycloak;
import nl.rugzak.platform.participation.updates.ScheduledPublisher;
import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.StripeStub;
import nl.rugzak.tenantadmin.cluster.ClusterEvents;
import nl.rugzak.tenantadmin.cluster.ClusterLocks;
import nl.rugzak.tenantadmin.identity.IdentityClientStore;
import nl.rugzak.tenantadmin.identity.ProvisionedClient;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.schemas.TenantSchemas;
import nl.rugzak.tenantadmin.tenancy.TenantConnections;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.ThemeDraft;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one PostgreSQL and one Keycloak, as behind the lab's proxy: instance A is the shared
 * test application (embedded PostgreSQL and Keycloak), instance B a second application started here against A's
 * database and Keycloak as an external deployment is configured. Proves that scheduled work runs on one instance at
 * a time, and that a change of the tenant registry, a theme or a realm's client made on A is seen on B within a
 * second (each time is printed; the benchmark file keeps them).
 */
class TwoInstancesIT extends IntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final TenantId VOORBEELD = new TenantId("voorbeeld");
    private static ConfigurableApplicationContext instanceB;
    private static final List<String> measured = new ArrayList<>();

    @Autowired
    ApplicationContext instanceA;

    @BeforeAll
    static void secondInstance(@Autowired ApplicationContext a, @Autowired EmbeddedDatabase database,
                               @Autowired EmbeddedKeycloak keycloak) throws Exception {
        // B converges the realms at its start, as any instance does: Keycloak must be up for that.
        a.getBean(nl.rugzak.platform.security.IdentityStartup.class).ready().get(10, TimeUnit.MINUTES);
        Path data = Path.of(a.getEnvironment().getRequiredProperty("rugzak.data-dir"));
        String secretsKey = Files.readString(data.resolve("secrets.key"), StandardCharsets.UTF_8).strip();
        int sitesPort = ((WebServerApplicationContext) a).getWebServer().getPort();
        // As command-line arguments: they win over application.yaml's ${ENV:default} values, as environment variables do.
        Map<String, String> settings = Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("management.server.port", "0"),
                Map.entry("spring.datasource.url", database.jdbcUrl()),
                Map.entry("spring.datasource.username", EmbeddedDatabase.APPLICATION_USER),
                Map.entry("rugzak.keycloak.url", keycloak.url()),
                Map.entry("rugzak.keycloak.admin-username", EmbeddedKeycloak.ADMIN_USERNAME),
                Map.entry("rugzak.keycloak.admin-password", keycloak.adminPassword()),
                Map.entry("rugzak.secrets.key", secretsKey),
                // Both instances stand behind one address, so both register the same redirect URIs with Keycloak.
                Map.entry("rugzak.sites.port", Integer.toString(sitesPort)),
                Map.entry("rugzak.data-dir", freshFolder("rugzak-instance-b-").toString()),
                Map.entry("rugzak.tenants.max", "100"),
                Map.entry("vaadin.devmode.devTools.enabled", "false"),
                Map.entry("rugzak.billing.stripe.api-base", StripeStub.baseUrl()),
                Map.entry("rugzak.billing.stripe.secret-key", StripeStub.SECRET_KEY),
                Map.entry("rugzak.billing.stripe.webhook-secret", StripeStub.WEBHOOK_SECRET));
        instanceB = new SpringApplicationBuilder(RugzakApplication.class).run(settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }

    @AfterAll
    static void stopSecondInstance() {
        if (instanceB != null) {
            instanceB.close();
        }
        measured.forEach(System.out::println);
    }

    @Test
    void scheduledWorkRunsOnOneInstanceAtATime() throws Exception {
        ClusterLocks onA = instanceA.getBean(ClusterLocks.class);
        ClusterLocks onB = instanceB.getBean(ClusterLocks.class);
        CountDownLatch aIsWorking = new CountDownLatch(1);
        CountDownLatch bHasTried = new CountDownLatch(1);
        List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());

        CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> onA.runAlone("two-instances.job", () -> {
            ran.add("A");
            aIsWorking.countDown();
            waitFor(bHasTried);
        }));
        waitFor(aIsWorking);
        boolean b = onB.runAlone("two-instances.job", () -> ran.add("B"));
        bHasTried.countDown();

        assertThat(a.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(b).as("B's turn while A works").isFalse();
        assertThat(ran).containsExactly("A");
        // A let go: the next turn, on either instance, runs.
        assertThat(onB.runAlone("two-instances.job", () -> ran.add("B"))).isTrue();
        assertThat(ran).containsExactly("A", "B");

        // The real jobs take the same lock: while A publishes the news, B's scheduler turn skips.
        ScheduledPublisher publisherB = instanceB.getBean(ScheduledPublisher.class);
        List<Boolean> bPublished = new ArrayList<>();
        assertThat(onA.runAlone("updates.publish", () -> bPublished.add(publisherB.scheduled()))).isTrue();
        assertThat(bPublished).containsExactly(false);
        assertThat(publisherB.scheduled()).isTrue();
    }

    @Test
    void aNewHostOnAIsASiteOnBWithinASecondAndGoneAgainWhenRemoved() {
        TenantRegistryStore storeA = instanceA.getBean(TenantRegistryStore.class);
        TenantRegistry registryB = instanceB.getBean(TenantRegistry.class);
        HttpSite aliasOnB = new HttpSite(portOf(instanceB), "ops-alias.localhost");
        String alias = "ops-alias.localhost";
        // B has read the registry (its cache lives 30 s): without a message it would not see the change in time.
        assertThat(registryB.findByHost(alias)).isEmpty();
        assertThat(aliasOnB.get("/").statusCode()).isEqualTo(404);

        long added = System.nanoTime();
        storeA.addAlias(VOORBEELD, alias);
        try {
            measure("registry: alias added on A, resolved on B", added,
                    () -> registryB.findByHost(alias).isPresent());
            // The visitor at the new address on B is sent to the municipality's own address.
            assertThat(aliasOnB.get("/").statusCode()).isEqualTo(301);
        } finally {
            long removed = System.nanoTime();
            storeA.removeAlias(VOORBEELD, alias);
            measure("registry: alias removed on A, gone on B", removed, () -> registryB.findByHost(alias).isEmpty());
        }
        assertThat(aliasOnB.get("/").statusCode()).isEqualTo(404);
    }

    @Test
    void aThemePublishedOnAIsWornOnBWithinASecond() {
        ThemeStore themesA = instanceA.getBean(ThemeStore.class);
        ThemeStore themesB = instanceB.getBean(ThemeStore.class);
        HttpSite siteOnB = new HttpSite(portOf(instanceB), "voorbeeld.localhost");
        Optional<PublishedTheme> before = themesB.published(VOORBEELD);
        var tokens = before.map(PublishedTheme::tokens).orElse(nl.rugzak.themes.tokens.ThemeTokens.DEFAULT);
        var assets = new java.util.EnumMap<nl.rugzak.tenantadmin.theming.ThemeAssetKind, String>(
                nl.rugzak.tenantadmin.theming.ThemeAssetKind.class);
        before.ifPresent(theme -> theme.assets().forEach((kind, ref) -> assets.put(kind, ref.sha256())));

        int number = themesA.saveDraft(VOORBEELD, new ThemeDraft(tokens.withRadius(tokens.radiusPx() == 9 ? 10 : 9),
                assets), "two-instances-test");
        long published = System.nanoTime();
        themesA.publish(VOORBEELD, number);
        try {
            measure("theme: published on A, worn on B", published,
                    () -> themesB.published(VOORBEELD).map(PublishedTheme::version).orElse(0) == number);
            String stylesheet = themesB.published(VOORBEELD).orElseThrow().stylesheetPath();
            // Through the proxy's address (both instances answer at A's, as configured above), served by B.
            assertThat(siteOnB.get("/", Map.of("Host", "voorbeeld.localhost:" + port)).body()).contains(stylesheet);
        } finally {
            // Put the earlier version back (a revert is a publish), and see B follow that too.
            before.ifPresent(theme -> {
                long reverted = System.nanoTime();
                themesA.publish(VOORBEELD, theme.version());
                measure("theme: reverted on A, worn on B", reverted,
                        () -> themesB.published(VOORBEELD).map(PublishedTheme::version).orElse(0) == theme.version());
            });
        }
    }

    @Test
    void aRealmsNewClientSecretReachesBWithinASecond() {
        IdentityClientStore clientsA = instanceA.getBean(IdentityClientStore.class);
        IdentityClientStore clientsB = instanceB.getBean(IdentityClientStore.class);
        String realm = "two-instances-test";
        clientsA.save(new ProvisionedClient(realm, "rugzak-platform", "first-secret"));
        try {
            assertThat(clientsB.find(realm)).map(ProvisionedClient::clientSecret).hasValue("first-secret");

            long rotated = System.nanoTime();
            clientsA.save(new ProvisionedClient(realm, "rugzak-platform", "rotated-secret"));
            measure("client: secret rotated on A, used on B", rotated,
                    () -> clientsB.find(realm).map(ProvisionedClient::clientSecret).orElse("").equals("rotated-secret"));
        } finally {
            long forgotten = System.nanoTime();
            clientsA.forget(realm);
            measure("client: removed on A, gone on B", forgotten, () -> clientsB.find(realm).isEmpty());
        }
    }

    @Test
    void aReadOnlyWindowOnAHoldsOnBWithinASecond() {
        TenantSchemas schemasA = instanceA.getBean(TenantSchemas.class);
        TenantConnections connectionsB = instanceB.getBean(TenantConnections.class);
        assertThat(connectionsB.isReadOnly(VOORBEELD)).isFalse();
        long frozen = System.nanoTime();
        schemasA.readOnly(VOORBEELD, true);
        try {
            // B refuses writes with the clear message of its services, not only at PostgreSQL's next login.
            measure("database: read-only window started on A, held on B", frozen,
                    () -> connectionsB.isReadOnly(VOORBEELD));
        } finally {
            long thawed = System.nanoTime();
            schemasA.readOnly(VOORBEELD, false);
            measure("database: read-only window ended on A, ended on B", thawed,
                    () -> !connectionsB.isReadOnly(VOORBEELD));
        }
    }

    @Test
    void afterTheirListeningConnectionsBreakTheInstancesHearEachOtherAgain() {
        JdbcClient jdbc = instanceA.getBean(JdbcClient.class);
        String listeners = "SELECT pid FROM pg_stat_activity WHERE query = 'LISTEN rugzak_cluster' AND pid <> pg_backend_pid()";
        await().atMost(Duration.ofSeconds(15)).until(() -> instanceA.getBean(ClusterEvents.class).listening()
                & instanceB.getBean(ClusterEvents.class).listening());
        List<Integer> before = TenantContext.callWithoutTenant(() -> jdbc.sql(listeners).query(Integer.class).list());
        assertThat(before).as("A and B each listen").hasSizeGreaterThanOrEqualTo(2);

        // As when the database restarts or a firewall drops idle connections: the application user may end its own.
        TenantContext.callWithoutTenant(() -> jdbc.sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid IN (" + listeners + ")").query().listOfRows());

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Integer> now = TenantContext.callWithoutTenant(() -> jdbc.sql(listeners).query(Integer.class).list());
            return now.stream().filter(pid -> !before.contains(pid)).count() >= 2;
        });
        TenantRegistryStore storeA = instanceA.getBean(TenantRegistryStore.class);
        TenantRegistry registryB = instanceB.getBean(TenantRegistry.class);
        String alias = "ops-reconnected.localhost";
        assertThat(registryB.findByHost(alias)).isEmpty();
        long added = System.nanoTime();
        storeA.addAlias(VOORBEELD, alias);
        try {
            measure("registry after reconnecting: alias added on A, resolved on B", added,
                    () -> registryB.findByHost(alias).isPresent());
        } finally {
            storeA.removeAlias(VOORBEELD, alias);
        }
    }

    @Test
    void anInstanceThatWasPausedHearsTheOthersAgainAndForgetsWhatItMissed() {
        // Spring pauses a context's lifecycle and restarts it (the test framework does so with cached contexts);
        // the listener must come back, and a change made while it heard nothing must not stay hidden behind a cache.
        TenantRegistryStore storeA = instanceA.getBean(TenantRegistryStore.class);
        TenantRegistry registryB = instanceB.getBean(TenantRegistry.class);
        ClusterEvents eventsB = instanceB.getBean(ClusterEvents.class);
        String alias = "ops-paused.localhost";
        assertThat(registryB.findByHost(alias)).isEmpty();

        instanceB.pause();
        assertThat(eventsB.listening()).as("a paused instance does not listen").isFalse();
        storeA.addAlias(VOORBEELD, alias);
        try {
            instanceB.restart();
            await().atMost(Duration.ofSeconds(15)).until(eventsB::listening);
            assertThat(registryB.findByHost(alias)).as("the change made while B was paused").isPresent();
        } finally {
            storeA.removeAlias(VOORBEELD, alias);
        }
    }

    private static void measure(String what, long changedAt, BooleanSupplier seen) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(5)).until(seen::getAsBoolean);
        double millis = (System.nanoTime() - changedAt) / 1_000_000.0;
        measured.add(String.format(Locale.ROOT, "TWO-INSTANCES %s: %.1f ms", what, millis));
        System.out.println(measured.getLast());
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
