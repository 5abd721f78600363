package nl.rugzak.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.consultations.ConsultationDraft;
import nl.rugzak.platform.participation.consultations.ConsultationKind;
import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.DocxFixtures;
import nl.rugzak.platform.participation.consultations.ReactionDraft;
import nl.rugzak.platform.participation.consultations.Reactions;
import nl.rugzak.platform.participation.polls.Placement;
import nl.rugzak.platform.participation.polls.PollDraft;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.ResultsVisibility;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicDraft;
import nl.rugzak.platform.participation.topics.TopicStatus;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.TenantIds;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public read API over HTTP, as an outside developer, a journalist's script and an attacker meet it: the OpenAPI
 * document is valid 3.1 and every GET it documents answers as documented; only public data, only the host's own
 * municipality; the allowlist; caching; CORS for the listed origins only.
 */
class ApiIT extends IntegrationTest {

    private static final String A = "voorbeeld";
    private static final String B = "oosterhaven";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    DemoUsers users;
    @Autowired
    Polls polls;
    @Autowired
    PolicyTopics topics;
    @Autowired
    Consultations consultations;
    @Autowired
    Reactions reactions;
    @Autowired
    ApiOrigins origins;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TenantSettings settings;
    @Autowired
    TenantRegistry registry;
    @Autowired
    List<ModuleManifest> manifests;
    @Autowired
    org.springframework.context.ApplicationContext application;

    @BeforeEach
    void realms() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1)); // fresh posting allowances
        for (String realm : List.of(A, B)) {
            users.ensureResident(realm, "api-stemmer");
        }
    }

    HttpSite a() {
        return site(A + ".localhost");
    }

    HttpSite b() {
        return site(B + ".localhost");
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Every item of a list, following links.next from page to page. */
    List<JsonNode> everything(HttpSite site, String path) {
        List<JsonNode> all = new ArrayList<>();
        String next = path;
        for (int page = 0; next != null && page < 1000; page++) {
            HttpResponse<String> response = site.get(next);
            assertThat(response.statusCode()).as(next + ": " + response.body()).isEqualTo(200);
            JsonNode body = json(response);
            body.get("items").forEach(all::add);
            JsonNode link = body.get("links").get("next");
            next = link == null || link.isNull() ? null : URI.create(link.asString()).getRawPath()
                    + "?" + URI.create(link.asString()).getRawQuery();
        }
        return all;
    }

    PollDraft poll(String question, ResultsVisibility visibility) {
        Instant now = clock.instant();
        return new PollDraft(question, "", List.of(PollDraft.OptionDraft.of("Ja"), PollDraft.OptionDraft.of("Nee")),
                false, 1, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(2)), Placement.SITE, false,
                visibility);
    }

    long openPoll(String realm, String question, ResultsVisibility visibility) {
        return users.as(realm, "redacteur", () -> {
            long id = polls.create(poll(question, visibility));
            polls.schedule(id);
            return id;
        });
    }

    void vote(String realm, long poll) {
        long option = users.as(realm, "api-stemmer", () -> polls.view(poll)).options().getFirst().id();
        users.run(realm, "api-stemmer", () -> polls.vote(poll, List.of(option)));
    }

    long topic(String realm, String title) {
        return users.as(realm, "redacteur", () -> topics.create(new TopicDraft(title, "Waar de gemeente aan werkt.",
                "", "", TopicStatus.EXPLORING, null, null)).id());
    }

    long consultation(String realm, ConsultationKind kind) {
        long topic = topic(realm, "Inspraakthema " + System.nanoTime());
        return users.as(realm, "redacteur", () -> {
            long id = consultations.create(new ConsultationDraft(topic, "Speelruimte " + System.nanoTime(),
                    "Reageer.", kind, clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(10)),
                    "Team Spelen", "spelen@voorbeeldstad.example"));
            consultations.uploadDocument(id, "beleid.docx", new ByteArrayInputStream(DocxFixtures.policy()));
            consultations.publish(id);
            return id;
        });
    }

    @Test
    void theDocumentIsValidOpenApi31AndEveryDocumentedGetAnswersAsDocumented() {
        long poll = openPoll(A, "Komt er een bankje bij de vijver?", ResultsVisibility.LIVE);
        topic(A, "Groen in de wijk " + System.nanoTime());
        HttpResponse<String> document = a().get("/api/v1/openapi.json");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body());
        assertThat(parsed.getMessages()).as("problems in the OpenAPI document").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.1.");
        assertThat(json(document).get("openapi").asString()).startsWith("3.1.");
        assertThat(api.getInfo().getDescription()).contains("problem+json");

        // Every resource a manifest declares is documented; nothing else of the site is.
        for (ModuleManifest manifest : manifests) {
            for (Class<? extends ApiResource> type : manifest.apiResources()) {
                String name = application.getBean(type).name();
                assertThat(api.getPaths()).containsKeys("/api/v1/" + name, "/api/v1/" + name + "/{id}",
                        "/api/v1/data/" + name + ".csv", "/api/v1/data/" + name + ".json");
            }
        }
        assertThat(api.getPaths().keySet()).allMatch(path -> path.startsWith("/api/v1/"));

        int walked = 0;
        for (var entry : api.getPaths().entrySet()) {
            Operation get = entry.getValue().getGet();
            if (get == null) {
                // A write only: ResidentWriteApiIT walks those, with and without a resident's token.
                assertThat(entry.getValue().readOperations()).as(entry.getKey()).isNotEmpty()
                        .allMatch(operation -> operation.getSecurity() != null);
                continue;
            }
            String path = entry.getKey();
            if (path.endsWith("/{id}")) {
                String list = path.substring(0, path.length() - "/{id}".length());
                JsonNode items = json(a().get(list + "?limit=1")).get("items");
                if (items.isEmpty()) {
                    continue;
                }
                path = list + "/" + items.get(0).get("id").asLong();
            }
            HttpResponse<String> response = a().get(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            var documented = get.getResponses().get("200").getContent();
            String type = response.headers().firstValue("Content-Type").orElseThrow();
            assertThat(documented.keySet()).as(path).anyMatch(type::startsWith);
            assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=60, public");
            if (type.startsWith("application/json") && !path.startsWith("/api/v1/data/")) {
                JsonNode body = json(response);
                var schema = documented.values().iterator().next().getSchema();
                String ref = schema.get$ref();
                if (ref != null && ref.endsWith("Page")) {
                    assertThat(body.has("items") && body.has("links")).as(path).isTrue();
                    for (JsonNode item : body.get("items")) {
                        assertThat(item.has("id") && item.has("self")
                                && item.get("link").asString().startsWith("http://" + A + ".localhost:")).as(path).isTrue();
                    }
                } else if (ref != null) {
                    var properties = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1))
                            .getProperties();
                    assertThat(properties.keySet()).as(path).containsAll(iterable(body.propertyNames()));
                    assertThat(body.get("id").isNumber()).isTrue();
                }
            }
            walked++;
        }
        assertThat(walked).isGreaterThan(20);
        assertThat(a().get("/api/v1/polls/" + poll).statusCode()).isEqualTo(200);

        HttpResponse<String> page = a().get("/api/v1/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/api/v1/openapi.json", "/api/v1/polls", "/api/v1/catalog")
                .doesNotContain("<script", "https://cdn", "unpkg");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
    }

    private static List<String> iterable(java.util.Collection<String> names) {
        return List.copyOf(names);
    }

    @Test
    void idsOfAnotherMunicipalityAreNotFoundAndEveryListHoldsOnlyTheHostsOwnItems() {
        TenantIds.nextIdUnknownAt(jdbc, "policy_topic", new TenantId(B), new TenantId(A));
        TenantIds.nextIdUnknownAt(jdbc, "poll", new TenantId(B), new TenantId(A));
        String secretTitle = "Alleen in Oosterhaven " + System.nanoTime();
        long topicB = topic(B, secretTitle);
        long pollB = openPoll(B, secretTitle + "?", ResultsVisibility.LIVE);
        assertThat(b().get("/api/v1/topics/" + topicB).statusCode()).isEqualTo(200);

        for (String path : List.of("/api/v1/topics/" + topicB, "/api/v1/polls/" + pollB)) {
            HttpResponse<String> there = a().get(path);
            assertThat(there.statusCode()).as(path).isEqualTo(404);
            assertThat(there.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(there.body()).doesNotContain(secretTitle);
        }
        List<String> names = manifests.stream().flatMap(m -> m.apiResources().stream())
                .map(type -> application.getBean(type).name()).toList();
        for (String name : names) {
            for (String own : List.of(A, B)) {
                HttpSite site = site(own + ".localhost");
                List<JsonNode> items = everything(site, "/api/v1/" + name + "?limit=100");
                items.forEach(item -> {
                    assertThat(item.get("self").asString()).startsWith("http://" + own + ".localhost:");
                    assertThat(item.get("link").asString()).startsWith("http://" + own + ".localhost:");
                });
                if (own.equals(A)) {
                    assertThat(items.toString()).as(name).doesNotContain(secretTitle);
                    assertThat(a().get("/api/v1/data/" + name + ".csv").body()).doesNotContain(secretTitle);
                    assertThat(a().get("/api/v1/data/" + name + ".json").body()).doesNotContain(secretTitle);
                }
            }
        }
        assertThat(a().get("/api/v1/catalog").body()).doesNotContain(B + ".localhost");
    }

    @Test
    void hiddenResultsFormalViewsAndUnpublishedItemsNeverAppear() {
        String draftQuestion = "Nog geheim concept " + System.nanoTime() + "?";
        long draft = users.as(A, "redacteur", () -> polls.create(poll(draftQuestion, ResultsVisibility.LIVE)));
        long secret = openPoll(A, "Uitslag pas na sluiten " + System.nanoTime() + "?", ResultsVisibility.AFTER_CLOSING);
        vote(A, secret);
        long live = openPoll(A, "Uitslag live " + System.nanoTime() + "?", ResultsVisibility.LIVE);
        vote(A, live);

        assertThat(a().get("/api/v1/polls/" + draft).statusCode()).isEqualTo(404);
        JsonNode hidden = json(a().get("/api/v1/polls/" + secret));
        assertThat(hidden.get("results").isNull()).isTrue();
        JsonNode shown = json(a().get("/api/v1/polls/" + live));
        assertThat(shown.get("results").get("voters").asInt()).isEqualTo(1);
        // A resident's own session does not unlock their view of the results: the API never reads a session.
        assertThat(everything(a(), "/api/v1/polls?limit=100").toString()).doesNotContain(draftQuestion);
        for (String download : List.of("/api/v1/data/polls.csv", "/api/v1/data/polls.json")) {
            String body = a().get(download).body();
            assertThat(body).doesNotContain(draftQuestion).doesNotContain("\"voters\"");
        }

        long formal = consultation(A, ConsultationKind.FORMAL);
        String anchor = users.as(A, "api-stemmer", () -> consultations.currentVersion(formal).orElseThrow().blocks()
                .stream().filter(block -> block.anchor() != null).findFirst().orElseThrow().anchor());
        String viewText = "Zienswijze van Geheimhouder " + System.nanoTime();
        users.as(A, "api-stemmer", () -> reactions.react(formal, new ReactionDraft(anchor, viewText, null,
                "Jozefien Geheimhouder", "Verborgenstraat 7, Voorbeeldstad")));
        long open = consultation(A, ConsultationKind.OPEN);
        String reactionText = "Openbare reactie " + System.nanoTime();
        users.as(A, "api-stemmer", () -> reactions.react(open, ReactionDraft.open(null, reactionText, null)));

        JsonNode formalItem = json(a().get("/api/v1/consultations/" + formal));
        assertThat(formalItem.get("reactions").isEmpty()).isTrue();
        JsonNode openItem = json(a().get("/api/v1/consultations/" + open));
        assertThat(openItem.get("reactions").toString()).contains(reactionText);
        for (String path : List.of("/api/v1/consultations/" + formal, "/api/v1/consultations?limit=100",
                "/api/v1/data/consultations.csv", "/api/v1/data/consultations.json", "/api/v1/catalog")) {
            assertThat(a().get(path).body()).as(path).doesNotContain(viewText, "Geheimhouder", "Verborgenstraat");
        }
        // Not even the reacting resident's name goes out with the public reaction.
        String name = users.account(A, "api-stemmer").name();
        assertThat(openItem.toString()).doesNotContain(name);
    }

    @Test
    void filtersAndSortsOutsideTheAllowlistAreRefusedAtOnceAsProblems() {
        for (String query : List.of("sort=pg_sleep(5)", "sort=title;DROP%20TABLE%20poll", "status%3Dopen%20OR%201%3D1=x",
                "question=x", "limit=0", "limit=101", "limit=abc", "cursor=Zm9v", "sort=-pg_sleep(5)",
                "status=a&status=b")) {
            long started = System.nanoTime();
            HttpResponse<String> response = a().get("/api/v1/polls?" + query);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            JsonNode problem = json(response);
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("detail").asString()).isNotBlank();
            assertThat(millis).as(query + " answered at once").isLessThan(2_000);
        }
        assertThat(json(a().get("/api/v1/polls?sort=pg_sleep(5)")).get("detail").asString())
                .contains("allowed: opensAt, closesAt, id");
        assertThat(a().get("/api/v1/polls?sort=-closesAt&status=open&limit=5").statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = a().get("/api/v1/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        HttpResponse<String> deeper = a().get("/api/v1/polls/1/votes");
        assertThat(deeper.statusCode()).isEqualTo(404);
        assertThat(deeper.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        HttpResponse<String> post = send("POST", A, "/api/v1/polls", Map.of());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        HttpResponse<String> admin = site("admin.localhost").get("/api/v1/polls");
        assertThat(admin.statusCode()).isEqualTo(404);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrDoublesAndAnswersRevalidateWithTheirETag() {
        for (int i = 0; i < 3; i++) {
            openPoll(A, "Bladeren " + i + " " + System.nanoTime() + "?", ResultsVisibility.LIVE);
        }
        List<Long> whole = new ArrayList<>();
        json(a().get("/api/v1/polls?limit=100&sort=-opensAt")).get("items").forEach(i -> whole.add(i.get("id").asLong()));
        List<Long> paged = everything(a(), "/api/v1/polls?limit=2&sort=-opensAt").stream()
                .map(i -> i.get("id").asLong()).toList();
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(whole.size()).isGreaterThanOrEqualTo(3);

        HttpResponse<String> first = a().get("/api/v1/polls?limit=2");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = a().get("/api/v1/polls?limit=2", Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(a().get("/api/v1/polls?limit=2", Map.of("If-None-Match", "\"stale\"")).statusCode()).isEqualTo(200);
        // A change gives a new tag.
        openPoll(A, "Nieuw na de tag " + System.nanoTime() + "?", ResultsVisibility.LIVE);
        HttpResponse<String> changed = a().get("/api/v1/polls?limit=2&sort=-opensAt", Map.of("If-None-Match", etag));
        assertThat(changed.statusCode()).isEqualTo(200);
        // A logged-in session changes nothing: no cookie is read or set, so the answer is public.
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void corsAnswersOnlyForTheOriginsTheMunicipalityListed() {
        String listed = "https://www.voorbeeldstad.example";
        TenantContext.run(new TenantId(A), () -> asUser().run(() -> {
            if (!origins.list().contains(listed)) {
                origins.add(listed + "/");
            }
        }, "tenant-admin"));

        HttpResponse<String> preflight = send("OPTIONS", A, "/api/v1/polls", Map.of("Origin", listed,
                "Access-Control-Request-Method", "GET"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(listed);
        HttpResponse<String> get = a().get("/api/v1/polls", Map.of("Origin", listed));
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue(listed);
        assertThat(get.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(get.headers().firstValue("Access-Control-Expose-Headers")).get().asString().contains("ETag");

        for (String other : List.of("https://evil.example", "https://www.voorbeeldstad.example.evil.example", "null")) {
            HttpResponse<String> refused = send("OPTIONS", A, "/api/v1/polls", Map.of("Origin", other,
                    "Access-Control-Request-Method", "GET"));
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(a().get("/api/v1/polls", Map.of("Origin", other)).headers()
                    .firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        // Listed at A means nothing at B.
        HttpResponse<String> atB = send("OPTIONS", B, "/api/v1/polls", Map.of("Origin", listed,
                "Access-Control-Request-Method", "GET"));
        assertThat(atB.statusCode()).isEqualTo(403);
        // Without an Origin (a server, curl) the API answers as always.
        assertThat(b().get("/api/v1/polls").statusCode()).isEqualTo(200);
    }

    @Test
    void aSwitchedOffModuleIsNotFoundAndLeavesTheCatalogue() {
        TenantId oosterhaven = new TenantId(B);
        List<String> before = registry.find(oosterhaven).orElseThrow().modules();
        try {
            asUser().run(() -> settings.setModules(oosterhaven, before.stream()
                    .filter(module -> !module.equals("polls")).toList()), "lab-admin");
            for (String path : List.of("/api/v1/polls", "/api/v1/polls/1", "/api/v1/data/polls.csv")) {
                HttpResponse<String> off = b().get(path);
                assertThat(off.statusCode()).as(path).isEqualTo(404);
                assertThat(off.headers().firstValue("Content-Type")).get().asString()
                        .startsWith("application/problem+json");
            }
            assertThat(b().get("/api/v1/catalog").body()).doesNotContain("/api/v1/data/polls.csv");
            assertThat(a().get("/api/v1/polls").statusCode()).isEqualTo(200);
        } finally {
            asUser().run(() -> settings.setModules(oosterhaven, before), "lab-admin");
        }
    }

    @Test
    void openDataComesAsCsvAndJsonUnderCc0InADcatCatalogue() {
        String title = "Open data thema " + System.nanoTime();
        topic(A, "=HYPERLINK(\"http://evil.example\")" + title);
        HttpResponse<String> csv = a().get("/api/v1/data/topics.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        assertThat(csv.headers().firstValue("Link")).get().asString().contains("publicdomain/zero/1.0");
        assertThat(csv.body().lines().findFirst()).hasValue("id,title,summary,status,createdAt,updatedAt,link,self");
        assertThat(csv.body()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
        JsonNode json = json(a().get("/api/v1/data/topics.json"));
        assertThat(json.get("license").asString()).contains("publicdomain/zero/1.0");
        assertThat(json.get("items").toString()).contains(title);

        HttpResponse<String> catalog = a().get("/api/v1/catalog");
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.headers().firstValue("Content-Type")).get().asString().startsWith("application/ld+json");
        JsonNode dcat = json(catalog);
        assertThat(dcat.get("@type").asString()).isEqualTo("dcat:Catalog");
        List<String> downloads = new ArrayList<>();
        dcat.get("dcat:dataset").forEach(dataset -> {
            assertThat(dataset.get("dct:license").get("@id").asString()).contains("publicdomain/zero/1.0");
            assertThat(dataset.get("dct:title").toString()).doesNotContain("!api.");
            dataset.get("dcat:distribution").forEach(d -> downloads.add(d.get("dcat:downloadURL").get("@id").asString()));
        });
        assertThat(downloads).contains("http://" + A + ".localhost:" + port + "/api/v1/data/topics.csv");
        for (String download : downloads) {
            URI uri = URI.create(download);
            assertThat(a().get(uri.getRawPath()).statusCode()).as(download).isEqualTo(200);
        }
    }

    HttpResponse<String> send(String method, String realm, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Host", realm + ".localhost:" + port)
                .method(method, HttpRequest.BodyPublishers.noBody());
        new LinkedHashMap<>(headers).forEach(request::setHeader);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
