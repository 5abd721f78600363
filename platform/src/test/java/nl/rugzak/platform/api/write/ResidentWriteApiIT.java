package nl.rugzak.platform.api.write;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import nl.rugzak.platform.comments.CommentThread;
import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.participation.consultations.ConsultationDraft;
import nl.rugzak.platform.participation.consultations.ConsultationKind;
import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.DocxFixtures;
import nl.rugzak.platform.participation.consultations.ReactionDraft;
import nl.rugzak.platform.participation.consultations.Reactions;
import nl.rugzak.platform.participation.events.EventDraft;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.participation.events.InvalidEventException;
import nl.rugzak.platform.participation.events.RegistrationMode;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.polls.InvalidPollException;
import nl.rugzak.platform.participation.polls.Placement;
import nl.rugzak.platform.participation.polls.ui.Ballots;
import nl.rugzak.platform.participation.polls.ui.PollVoting;
import nl.rugzak.platform.participation.polls.PollDraft;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.ResultsVisibility;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicDraft;
import nl.rugzak.platform.participation.topics.TopicStatus;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.platform.support.TenantIds;
import nl.rugzak.tenantadmin.identity.RealmSpec;
import nl.rugzak.tenantadmin.identity.SiteUrls;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The residents' write API as an app, a resident and an attacker meet it: real tokens of the tenant's realm (the
 * authorization code flow with PKCE over HTTP), the same services and refusals as the site, and every token that
 * must not count refused with 401 before anything is stored.
 */
class ResidentWriteApiIT extends IntegrationTest {

    private static final String A = "voorbeeld";
    private static final String B = "oosterhaven";
    private static final String PASSWORD = "rugzak-demo-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    DemoUsers users;
    @Autowired
    TenantRealms realms;
    @Autowired
    SiteUrls siteUrls;
    @Autowired
    TenantBearerTokens bearerTokens;
    @Autowired
    Polls polls;
    @Autowired
    Comments comments;
    @Autowired
    Initiatives initiatives;
    @Autowired
    Events events;
    @Autowired
    PolicyTopics topics;
    @Autowired
    Consultations consultations;
    @Autowired
    Reactions reactions;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext application;

    @BeforeEach
    void realms() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1)); // fresh posting allowances
    }

    // ---- helpers ----

    String host(String slug) {
        return slug + ".localhost";
    }

    String baseUrl(String slug) {
        return siteUrls.baseUrl(host(slug));
    }

    /** A new resident of the municipality (their own account in its realm), so every test starts from nothing. */
    String resident(String slug, String name) {
        String username = name + "-" + Long.toString(System.nanoTime(), 36);
        users.ensureResident(slug, username);
        return username;
    }

    AuthorizationCodeFlow.Tokens apiTokens(String slug, String username) {
        return AuthorizationCodeFlow.tokens(new Browser(port), realms.server().issuer(TenantRealms.realmOf(new TenantId(slug))),
                RealmSpec.API_CLIENT_ID, null, baseUrl(slug) + RealmSpec.API_REDIRECT_PATH, username, PASSWORD);
    }

    String token(String slug, String username) {
        return apiTokens(slug, username).accessToken();
    }

    HttpResponse<String> send(String method, String slug, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Host", host(slug) + ":" + port);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String slug, String path, String token, String json) {
        return send("POST", slug, path, token, json);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A problem+json answer with this status; returns its detail. */
    static String problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        String detail = body.get("detail").asString();
        assertThat(detail).isNotBlank();
        return detail;
    }

    /** What the page shows the resident when the service refuses, in English (the API's language). */
    static String refusalOnThePage(Runnable asOnThePage) {
        UserFacingException refusal = catchThrowableOfType(UserFacingException.class, asOnThePage::run);
        assertThat(refusal).as("the page's service refuses too").isNotNull();
        return refusal.messageIn(Locale.ENGLISH);
    }

    long openPoll(String slug, boolean multiple, int maxChoices) {
        Instant now = clock.instant();
        return users.as(slug, "redacteur", () -> {
            long id = polls.create(new PollDraft("Komt er een bankje bij de vijver " + System.nanoTime() + "?", "",
                    List.of(PollDraft.OptionDraft.of("Ja"), PollDraft.OptionDraft.of("Nee"), PollDraft.OptionDraft.of("Weet niet")),
                    multiple, maxChoices, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(2)), Placement.SITE,
                    false, ResultsVisibility.LIVE));
            polls.schedule(id);
            return id;
        });
    }

    List<Long> options(String slug, long poll) {
        return users.as(slug, "redacteur", () -> polls.view(poll)).options().stream().map(o -> o.id()).toList();
    }

    long votes(String slug, long poll) {
        return TenantContext.call(new TenantId(slug), () -> jdbc.sql("SELECT count(*) FROM poll_vote WHERE poll_id = ?")
                .param(poll).query(Long.class).single());
    }

    long publicInitiative(String slug) {
        HttpResponse<String> list = site(host(slug))
                .get("/api/v1/initiatives?limit=1");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list).get("items").get(0).get("id").asLong();
    }

    long event(String slug, int capacity, RegistrationMode mode) {
        LocalDateTime start = ZonedDateTime.now(clock.withZone(events.zone())).plusDays(5).withHour(19).withMinute(30)
                .toLocalDateTime().withSecond(0).withNano(0);
        return users.as(slug, "redacteur", () -> events.create(new EventDraft("Buurtavond " + System.nanoTime(),
                "Kom meepraten.", start, start.plusHours(2), "Lindelaan 12", null, null, null, true, false,
                "Nederlands", null, null, mode, capacity)));
    }

    long consultation(String slug) {
        long topic = users.as(slug, "redacteur", () -> topics.create(new TopicDraft("Spelen " + System.nanoTime(),
                "Waar de gemeente aan werkt.", "", "", TopicStatus.EXPLORING, null, null)).id());
        return users.as(slug, "redacteur", () -> {
            long id = consultations.create(new ConsultationDraft(topic, "Speelruimte " + System.nanoTime(), "Reageer.",
                    ConsultationKind.OPEN, clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(10)),
                    "Team Spelen", "spelen@voorbeeldstad.example"));
            consultations.uploadDocument(id, "beleid.docx", new ByteArrayInputStream(DocxFixtures.policy()));
            consultations.publish(id);
            return id;
        });
    }

    // ---- the same service, the same result, the same refusals ----

    @Test
    void aVoteCountsOncePerResidentWhetherCastThroughTheApiOrOnThePage() {
        long poll = openPoll(A, false, 1);
        List<Long> options = options(A, poll);
        String api = resident(A, "api-stemmer");
        String page = resident(A, "pagina-stemmer");
        String apiToken = token(A, api);
        String pageToken = token(A, page);

        HttpResponse<String> voted = post(A, "/api/v1/polls/" + poll + "/votes", apiToken,
                "{\"options\":[" + options.get(1) + "]}");
        assertThat(voted.statusCode()).as(voted.body()).isEqualTo(200);
        assertThat(json(voted).get("choices").get(0).asLong()).isEqualTo(options.get(1));

        // Twice through the API, or first on the page then through the API: the same refusal as the page gives.
        String again = problem(post(A, "/api/v1/polls/" + poll + "/votes", apiToken,
                "{\"options\":[" + options.get(0) + "]}"), 409);
        assertThat(again).isEqualTo(refusalOnThePage(() -> users.run(A, api, () -> polls.vote(poll, List.of(options.get(0))))));
        users.run(A, page, () -> polls.vote(poll, List.of(options.get(0))));
        assertThat(problem(post(A, "/api/v1/polls/" + poll + "/votes", pageToken,
                "{\"options\":[" + options.get(2) + "]}"), 409)).isEqualTo(again);
        assertThat(votes(A, poll)).isEqualTo(2);
        assertThat(users.as(A, api, () -> polls.view(poll)).myChoices()).containsExactly(options.get(1));

        // Bad input: the page's field problem, as 422 with the field named; nothing stored.
        String other = token(A, resident(A, "twee-keuzes"));
        HttpResponse<String> two = post(A, "/api/v1/polls/" + poll + "/votes", other,
                "{\"options\":[" + options.get(0) + "," + options.get(1) + "]}");
        assertThat(problem(two, 422)).isEqualTo(refusalOnThePage(() -> users.run(A, page,
                () -> polls.vote(poll, List.of(options.get(0), options.get(1))))));
        assertThat(json(two).get("errors").has("choice")).isTrue();
        problem(post(A, "/api/v1/polls/" + poll + "/votes", other, "{\"options\":[]}"), 422);
        problem(post(A, "/api/v1/polls/" + poll + "/votes", other, "{\"options\": \"ja\""), 400);
        problem(post(A, "/api/v1/polls/" + poll + "/votes", other, "options=1"), 400);
        assertThat(votes(A, poll)).isEqualTo(2);

        // A closed poll refuses on both ways alike.
        users.run(A, "redacteur", () -> polls.close(poll));
        String closed = problem(post(A, "/api/v1/polls/" + poll + "/votes", other,
                "{\"options\":[" + options.get(0) + "]}"), 409);
        assertThat(closed).isEqualTo(refusalOnThePage(() -> users.run(A, resident(A, "te-laat"),
                () -> polls.vote(poll, List.of(options.get(0))))));
        assertThat(votes(A, poll)).isEqualTo(2);
    }

    @Test
    void thePollPageShowsTheVoteCastThroughTheApiAndAPageVoteIsRefusedThroughTheApi() {
        long poll = openPoll(A, false, 1);
        List<Long> options = options(A, poll);
        String api = resident(A, "api-kiezer");
        assertThat(post(A, "/api/v1/polls/" + poll + "/votes", token(A, api), "{\"options\":[" + options.get(1) + "]}")
                .statusCode()).isEqualTo(200);
        SiteUi page = new SiteUi(application);
        page.visit(A, api, () -> {
            UI.getCurrent().navigate("peilingen/" + poll);
            assertThat(BrowserlessUi.text(_get(PollVoting.class))).contains("Uw stem: Nee");
        });

        String onThePage = resident(A, "pagina-kiezer");
        String token = token(A, onThePage);
        page.visit(A, onThePage, () -> {
            UI.getCurrent().navigate("peilingen/" + poll);
            PollVoting voting = _get(PollVoting.class);
            Ballots.vote(voting, "Stem", options.get(0));
            assertThat(_get(voting, Feedback.class).getText()).isEqualTo("Bedankt! Uw stem is geteld.");
        });
        assertThat(problem(post(A, "/api/v1/polls/" + poll + "/votes", token, "{\"options\":[" + options.get(1) + "]}"), 409))
                .isEqualTo(new InvalidPollException("polls.vote.already").messageIn(Locale.ENGLISH));
        assertThat(votes(A, poll)).isEqualTo(2);
    }

    @Test
    void aCommentThroughTheApiIsTheResidentsCommentAndBadInputIsRefusedAsOnThePage() {
        long initiative = publicInitiative(A);
        String username = resident(A, "api-schrijver");
        String token = token(A, username);
        ContentRef target = new ContentRef("initiatives", initiative);
        long before = users.as(A, username, () -> comments.count(target));

        String empty = problem(post(A, "/api/v1/initiatives/" + initiative + "/comments", token, "{\"text\":\"  \"}"), 422);
        assertThat(empty).isEqualTo(refusalOnThePage(() -> users.run(A, username, () -> comments.post(target, "  "))));
        String tooLong = "x".repeat(Comments.MAX_LENGTH + 1);
        String longRefusal = problem(post(A, "/api/v1/initiatives/" + initiative + "/comments", token,
                "{\"text\":\"" + tooLong + "\"}"), 422);
        assertThat(longRefusal).isEqualTo(refusalOnThePage(() -> users.run(A, username, () -> comments.post(target, tooLong))));
        assertThat(users.as(A, username, () -> comments.count(target))).isEqualTo(before);

        HttpResponse<String> posted = post(A, "/api/v1/initiatives/" + initiative + "/comments", token,
                "{\"text\":\"Goed plan, ik help mee.\"}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        long id = json(posted).get("id").asLong();
        List<CommentThread> threads = users.as(A, username, () -> comments.threadFor(target));
        var comment = threads.stream().map(CommentThread::comment).filter(c -> c.id() == id).findFirst().orElseThrow();
        // The same person as on the site: their own comment, under the name their account shows.
        assertThat(comment.mine()).isTrue();
        assertThat(comment.authorName()).isEqualTo(users.account(A, username).name());
        assertThat(comment.byMunicipality()).isFalse();
        assertThat(comment.text()).isEqualTo("Goed plan, ik help mee.");

        // Unknown and other municipalities' items are not there.
        problem(post(A, "/api/v1/initiatives/999999999/comments", token, "{\"text\":\"Hallo\"}"), 404);
    }

    @Test
    void supportingAnInitiativeCountsOnceAndCanBeWithdrawn() {
        long initiative = publicInitiative(A);
        String username = resident(A, "api-steun");
        String token = token(A, username);
        int before = users.as(A, username, () -> initiatives.view(initiative)).supporters();
        assertThat(send("PUT", A, "/api/v1/initiatives/" + initiative + "/support", token, null).statusCode()).isEqualTo(204);
        assertThat(send("PUT", A, "/api/v1/initiatives/" + initiative + "/support", token, null).statusCode()).isEqualTo(204);
        assertThat(users.as(A, username, () -> initiatives.view(initiative)).supporters()).isEqualTo(before + 1);
        assertThat(send("DELETE", A, "/api/v1/initiatives/" + initiative + "/support", token, null).statusCode()).isEqualTo(204);
        assertThat(users.as(A, username, () -> initiatives.view(initiative)).supporters()).isEqualTo(before);
    }

    @Test
    void aFullEventRefusesThroughTheApiAsOnThePage() {
        long event = event(A, 1, RegistrationMode.OPEN);
        String first = resident(A, "api-eerste");
        HttpResponse<String> registered = post(A, "/api/v1/events/" + event + "/registrations", token(A, first),
                "{\"people\":1}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(json(registered).get("status").asString()).isEqualTo("REGISTERED");

        String second = resident(A, "pagina-tweede");
        String onThePage = refusalOnThePage(() -> users.run(A, second, () -> events.register(event, 1)));
        String third = token(A, resident(A, "api-derde"));
        assertThat(problem(post(A, "/api/v1/events/" + event + "/registrations", third, "{\"people\":1}"), 409))
                .isEqualTo(onThePage);
        HttpResponse<String> none = post(A, "/api/v1/events/" + event + "/registrations", third, "{\"people\":0}");
        assertThat(problem(none, 422)).isEqualTo(refusalOnThePage(() -> users.run(A, second, () -> events.register(event, 0))));
        assertThat(json(none).get("errors").has("people")).isTrue();
        assertThat(users.as(A, "redacteur", () -> events.registrations(event))).hasSize(1);
    }

    @Test
    void aReactionOnAnOpenConsultationIsStoredAsFromThePage() {
        long consultation = consultation(A);
        String username = resident(A, "api-inspreker");
        String token = token(A, username);
        String empty = problem(post(A, "/api/v1/consultations/" + consultation + "/reactions", token,
                "{\"body\":\"\"}"), 422);
        assertThat(empty).isEqualTo(refusalOnThePage(() -> users.run(A, username,
                () -> reactions.react(consultation, ReactionDraft.open(null, "", null)))));
        HttpResponse<String> stored = post(A, "/api/v1/consultations/" + consultation + "/reactions", token,
                "{\"body\":\"Meer schaduw bij de speeltuin, graag.\"}");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        long id = json(stored).get("id").asLong();
        assertThat(users.as(A, username, () -> reactions.mine(consultation))).extracting(r -> r.id()).containsExactly(id);
    }

    // ---- tokens that must not count ----

    @Test
    void withoutATokenOrWithOnlyASiteSessionNothingIsWritten() {
        long poll = openPoll(A, false, 1);
        long option = options(A, poll).getFirst();
        HttpResponse<String> anonymous = post(A, "/api/v1/polls/" + poll + "/votes", null, "{\"options\":[" + option + "]}");
        problem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        // Logged in on the site: the session cookie is no key to the API (and so no cross-site request is either).
        String username = resident(A, "sessie");
        Browser browser = new Browser(port);
        browser.logIn(host(A) + ":" + port, username, PASSWORD);
        assertThat(browser.cookiesOf(host(A) + ":" + port)).containsKey("JSESSIONID");
        HttpResponse<String> withCookie = browser.postJson("http://" + host(A) + ":" + port + "/api/v1/polls/" + poll
                + "/votes", "{\"options\":[" + option + "]}");
        assertThat(withCookie.statusCode()).isEqualTo(401);
        assertThat(votes(A, poll)).isZero();
    }

    @Test
    void aTokenOfMunicipalityAIsRefusedAtMunicipalityBWithoutATrace() {
        TenantIds.nextIdUnknownAt(jdbc, "poll", new TenantId(B), new TenantId(A));
        long pollAtB = openPoll(B, false, 1);
        long option = options(B, pollAtB).getFirst();
        String tokenOfA = token(A, resident(A, "reiziger"));

        HttpResponse<String> refused = post(B, "/api/v1/polls/" + pollAtB + "/votes", tokenOfA,
                "{\"options\":[" + option + "]}");
        problem(refused, 401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).get().asString().contains("invalid_token");
        assertThat(votes(B, pollAtB)).isZero();
        // At its own municipality the same poll id means nothing: not found, nothing stored anywhere.
        problem(post(A, "/api/v1/polls/" + pollAtB + "/votes", tokenOfA, "{\"options\":[" + option + "]}"), 404);
        assertThat(votes(B, pollAtB)).isZero();

        // B's own resident's token does count at B.
        HttpResponse<String> own = post(B, "/api/v1/polls/" + pollAtB + "/votes", token(B, resident(B, "inwoner")),
                "{\"options\":[" + option + "]}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(votes(B, pollAtB)).isEqualTo(1);
    }

    @Test
    void tokensForAnotherAudienceAndIdTokensAreRefused() {
        long poll = openPoll(A, false, 1);
        String vote = "{\"options\":[" + options(A, poll).getFirst() + "]}";
        String username = resident(A, "andere-app");
        String realm = TenantRealms.realmOf(new TenantId(A));
        // The site's own login client: a real token of the right realm, but not for the API.
        String secret = realms.client(realm).orElseThrow().clientSecret();
        var siteTokens = AuthorizationCodeFlow.tokens(new Browser(port), realms.server().issuer(realm),
                RealmSpec.CLIENT_ID, secret, baseUrl(A) + "/login/oauth2/code/" + RealmSpec.registrationId(realm),
                username, PASSWORD);
        assertThat(problem(post(A, "/api/v1/polls/" + poll + "/votes", siteTokens.accessToken(), vote), 401))
                .contains("aud");
        // The API client's ID token names the API as audience, but it is no access token.
        var apiTokens = apiTokens(A, username);
        problem(post(A, "/api/v1/polls/" + poll + "/votes", apiTokens.idToken(), vote), 401);
        assertThat(votes(A, poll)).isZero();

        // The resident's browser was sent to the API's own page with the code, which shows it to a tool.
        assertThat(apiTokens.redirectedTo()).startsWith(baseUrl(A) + RealmSpec.API_REDIRECT_PATH + "?");
    }

    @Test
    void anExpiredTokenIsRefusedAndTheSameTokenCountedWhileItWasValid() {
        long poll = openPoll(A, false, 1);
        String vote = "{\"options\":[" + options(A, poll).getFirst() + "]}";
        String token = token(A, resident(A, "te-laat"));
        // Keycloak's access tokens live five minutes; the check allows 30 seconds between clocks.
        bearerTokens.checkTimesBy(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5).plusSeconds(31)));
        try {
            assertThat(problem(post(A, "/api/v1/polls/" + poll + "/votes", token, vote), 401)).contains("expired");
        } finally {
            bearerTokens.checkTimesBy(Clock.systemUTC());
        }
        assertThat(votes(A, poll)).isZero();
        assertThat(post(A, "/api/v1/polls/" + poll + "/votes", token, vote).statusCode()).isEqualTo(200);
    }

    @Test
    void unsignedHmacAndForeignKeyTokensAreRefusedAndNoIssuerNamedInATokenIsEverAsked() throws Exception {
        long poll = openPoll(A, false, 1);
        String vote = "{\"options\":[" + options(A, poll).getFirst() + "]}";
        String real = token(A, resident(A, "vervalser"));
        String[] parts = real.split("\\.");
        JWTClaimsSet claims = JWTClaimsSet.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));

        // alg none: the real claims, no signature.
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        problem(post(A, "/api/v1/polls/" + poll + "/votes", unsigned, vote), 401);

        // HS256 with a secret of the attacker's choosing.
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        hmac.sign(new MACSigner("een-geheim-dat-de-aanvaller-zelf-koos-32b".getBytes(StandardCharsets.UTF_8)));
        problem(post(A, "/api/v1/polls/" + poll + "/votes", hmac.serialize(), vote), 401);

        // The attacker's own key, published on the attacker's own server, named as issuer and as key URL.
        AtomicInteger asked = new AtomicInteger();
        RSAKey key = new RSAKeyGenerator(2048).keyID("aanvaller").generate();
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            asked.incrementAndGet();
            byte[] keys = ("{\"keys\":[" + key.toPublicJWK().toJSONString() + "]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        attacker.start();
        try {
            String elsewhere = "http://127.0.0.1:" + attacker.getAddress().getPort() + "/realms/" + A;
            for (String issuer : List.of(elsewhere, claims.getIssuer())) {
                SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT).jwkURL(URI.create(elsewhere + "/protocol/openid-connect/certs")).build(),
                        new JWTClaimsSet.Builder(claims).issuer(issuer).build());
                forged.sign(new RSASSASigner(key));
                problem(post(A, "/api/v1/polls/" + poll + "/votes", forged.serialize(), vote), 401);
            }
        } finally {
            attacker.stop(0);
        }
        assertThat(asked.get()).as("requests to the issuer named in a token").isZero();
        assertThat(votes(A, poll)).isZero();
    }

    // ---- the document ----

    @Test
    void everyDocumentedWriteAnswersAsDocumentedWithAndWithoutAToken() {
        OpenAPI api = new OpenAPIV3Parser().readContents(site(host(A)).get("/api/v1/openapi.json").body()).getOpenAPI();
        String token = token(A, resident(A, "contract"));
        int walked = 0;
        for (var path : api.getPaths().entrySet()) {
            for (var operation : path.getValue().readOperationsMap().entrySet()) {
                String method = operation.getKey().name();
                if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
                    continue;
                }
                Operation write = operation.getValue();
                String address = path.getKey().replace("{id}", "999999999");
                String body = write.getRequestBody() == null ? null : example(api, write.getRequestBody().getContent()
                        .get("application/json").getSchema());
                HttpResponse<String> anonymous = send(method, A, address, null, body);
                problem(anonymous, 401);
                assertThat(write.getResponses()).as(method + " " + address).containsKey("401");
                // A valid token and a well-formed body: the item is not there, as documented.
                HttpResponse<String> missing = send(method, A, address, token, body);
                problem(missing, 404);
                assertThat(write.getResponses()).as(method + " " + address).containsKey("404");
                walked++;
            }
        }
        assertThat(walked).isGreaterThanOrEqualTo(8);
    }

    /** A body with every required field of the documented schema filled in plausibly. */
    static String example(OpenAPI api, io.swagger.v3.oas.models.media.Schema<?> schema) {
        var resolved = schema.get$ref() == null ? schema
                : api.getComponents().getSchemas().get(schema.get$ref().substring("#/components/schemas/".length()));
        var fields = new java.util.LinkedHashMap<String, Object>();
        List<String> required = resolved.getRequired() == null ? List.of() : resolved.getRequired();
        resolved.getProperties().forEach((name, property) -> {
            if (required.contains(name)) {
                io.swagger.v3.oas.models.media.Schema<?> field = (io.swagger.v3.oas.models.media.Schema<?>) property;
                String type = field.getTypes() != null ? field.getTypes().iterator().next() : field.getType();
                fields.put(name, switch (type) {
                    case "array" -> List.of(1);
                    case "integer", "number" -> 1;
                    case "boolean" -> true;
                    default -> "Een bijdrage via de API.";
                });
            }
        });
        return JSON.writeValueAsString(fields);
    }

    @Test
    void theDocumentDescribesTheWritesTheirTokenAndTheirProblems() {
        HttpResponse<String> document = site(host(A)).get("/api/v1/openapi.json");
        assertThat(document.statusCode()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body());
        assertThat(parsed.getMessages()).as("problems in the OpenAPI document").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        var scheme = api.getComponents().getSecuritySchemes().get(WriteDocument.SCHEME);
        assertThat(scheme.getScheme()).isEqualTo("bearer");
        assertThat(scheme.getDescription()).contains(RealmSpec.API_CLIENT_ID).contains("PKCE");
        Map<String, Operation> writes = Map.of(
                "/api/v1/polls/{id}/votes", api.getPaths().get("/api/v1/polls/{id}/votes").getPost(),
                "/api/v1/initiatives/{id}/comments", api.getPaths().get("/api/v1/initiatives/{id}/comments").getPost(),
                "/api/v1/initiatives/{id}/support", api.getPaths().get("/api/v1/initiatives/{id}/support").getPut(),
                "/api/v1/consultations/{id}/reactions", api.getPaths().get("/api/v1/consultations/{id}/reactions").getPost(),
                "/api/v1/events/{id}/registrations", api.getPaths().get("/api/v1/events/{id}/registrations").getPost(),
                "/api/v1/ideas/{id}/support", api.getPaths().get("/api/v1/ideas/{id}/support").getPut());
        writes.forEach((path, operation) -> {
            assertThat(operation).as(path).isNotNull();
            assertThat(operation.getSecurity()).as(path).anyMatch(requirement -> requirement.containsKey(WriteDocument.SCHEME));
            assertThat(operation.getResponses()).as(path).containsKeys("401", "404", "409", "422");
            assertThat(operation.getResponses().get("401").getContent()).containsKey("application/problem+json");
            assertThat(operation.getDescription() == null ? operation.getSummary() : operation.getDescription())
                    .as(path).isNotBlank();
        });
    }
}
