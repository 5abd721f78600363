package nl.rugzak.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicDraft;
import nl.rugzak.platform.participation.topics.TopicStatus;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cursors as an attacker meets them (another municipality's, a changed one, values that look like SQL), and the
 * server's short cache of anonymous answers: served again until the municipality's data changes or the few seconds
 * pass, and never shared between municipalities.
 */
class ApiCursorsAndCacheIT extends IntegrationTest {

    private static final String A = "voorbeeld";
    private static final String B = "oosterhaven";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DemoUsers users;
    @Autowired
    PolicyTopics topics;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void realms() {
        awaitIdentity();
    }

    long topic(String realm, String title) {
        return users.as(realm, "redacteur", () -> topics.create(new TopicDraft(title, "Waar de gemeente aan werkt.",
                "", "", TopicStatus.EXPLORING, null, null)).id());
    }

    /** A new topic of municipality A, its API address, and the first anonymous answer there. */
    private record TopicAnswer(long id, String title, String path, HttpResponse<String> first) {

        String etag() {
            return first.headers().firstValue("ETag").orElseThrow();
        }
    }

    TopicAnswer topicAnsweredAtA(String title) {
        long id = topic(A, title + " " + System.nanoTime());
        String path = "/api/v1/topics/" + id;
        HttpResponse<String> first = site(A + ".localhost").get(path);
        String stored = json(first).get("title").asString();
        assertThat(stored).startsWith(title);
        return new TopicAnswer(id, stored, path, first);
    }

    /** As on another instance: no transaction of this one, so its kept answers are not dropped. */
    void renameBehindTheApplicationsBack(long id, String title) {
        TenantContext.run(new TenantId(A), () -> jdbc.sql("UPDATE policy_topic SET title = ? WHERE id = ?")
                .params(title, id).update());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String query(JsonNode page, String link) {
        URI next = URI.create(page.get("links").get(link).asString());
        return next.getRawPath() + "?" + next.getRawQuery();
    }

    @Test
    void aCursorOfAnotherMunicipalityOrAChangedOneIsRefused() {
        topic(B, "Eerste van Oosterhaven " + System.nanoTime());
        topic(B, "Tweede van Oosterhaven " + System.nanoTime());
        HttpSite a = site(A + ".localhost");
        HttpSite b = site(B + ".localhost");
        String nextAtB = query(json(b.get("/api/v1/topics?limit=1&sort=id")), "next");
        assertThat(b.get(nextAtB).statusCode()).isEqualTo(200);

        HttpResponse<String> atA = a.get(nextAtB);
        assertThat(atA.statusCode()).isEqualTo(400);
        assertThat(atA.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(json(atA).get("detail").asString()).contains("another municipality");

        String cursor = nextAtB.substring(nextAtB.indexOf("cursor=") + "cursor=".length());
        String changed = (cursor.charAt(0) == 'A' ? "B" : "A") + cursor.substring(1);
        assertThat(b.get("/api/v1/topics?limit=1&sort=id&cursor=" + changed).statusCode()).isEqualTo(400);
        // The same cursor with another sort or filter belongs to another list.
        assertThat(b.get("/api/v1/topics?limit=1&sort=-id&cursor=" + cursor).statusCode()).isEqualTo(400);
        assertThat(b.get("/api/v1/topics?limit=1&sort=id&status=done&cursor=" + cursor).statusCode()).isEqualTo(400);
    }

    @Test
    void filterValuesAreValuesNeverSql() {
        topic(A, "Filterwaarde " + System.nanoTime());
        for (String value : java.util.List.of("exploring'%20OR%20'1'%3D'1", "x)%20OR%20(1%3D1", "exploring;--")) {
            HttpResponse<String> response = site(A + ".localhost").get("/api/v1/topics?status=" + value);
            assertThat(response.statusCode()).as(value).isEqualTo(200);
            assertThat(json(response).get("items").isEmpty()).as(value).isTrue();
        }
    }

    @Test
    void anonymousAnswersAreKeptBrieflyUntilTheMunicipalityChangesSomething() {
        HttpSite a = site(A + ".localhost");
        TopicAnswer topic = topicAnsweredAtA("Bewaard antwoord");
        String path = topic.path();
        assertThat(topic.first().headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        assertThat(topic.first().headers().allValues("Vary").toString()).contains("Authorization");

        // A change behind the application's back is seen only when the kept answer is older than its few seconds.
        renameBehindTheApplicationsBack(topic.id(), topic.title() + " (gewijzigd)");
        HttpResponse<String> kept = a.get(path);
        assertThat(kept.body()).isEqualTo(topic.first().body());
        assertThat(kept.headers().firstValue("ETag")).hasValue(topic.etag());
        assertThat(a.get(path, Map.of("If-None-Match", topic.etag())).statusCode()).isEqualTo(304);
        // Another municipality never gets it: the same address there is its own answer.
        assertThat(site(B + ".localhost").get(path).body()).doesNotContain(topic.title());

        clock.advance(ApiAnswerCache.TTL.plusSeconds(1));
        assertThat(a.get(path).body()).contains(topic.title() + " (gewijzigd)");

        // A change through the application shows at once.
        String renamed = "Meteen zichtbaar " + System.nanoTime();
        users.run(A, "redacteur", () -> topics.update(topic.id(), new TopicDraft(renamed,
                "Waar de gemeente aan werkt.", "", "", TopicStatus.EXPLORING, null, null)));
        assertThat(a.get(path).body()).contains(renamed);
    }

    /**
     * A CDN revalidates once its copy is a minute old. When the server's kept answer has gone by then, the
     * revalidation keeps the answer again, so the next revalidations are answered from memory, not by a query each.
     */
    @Test
    void aRevalidationAfterTheKeptAnswerWentKeepsItAgain() {
        HttpSite a = site(A + ".localhost");
        TopicAnswer topic = topicAnsweredAtA("Opnieuw bewaard");
        String path = topic.path();
        String etag = topic.etag();
        clock.advance(ApiAnswerCache.TTL.plusSeconds(1));

        HttpResponse<String> revalidated = a.get(path, Map.of("If-None-Match", etag));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
        assertThat(revalidated.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");

        // Changed behind the application's back: still the kept answer within the TTL.
        renameBehindTheApplicationsBack(topic.id(), topic.title() + " (gewijzigd)");
        assertThat(a.get(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(a.get(path).body()).isEqualTo(topic.first().body());

        // Once that is old too, an old tag gets the whole new answer.
        clock.advance(ApiAnswerCache.TTL.plusSeconds(1));
        HttpResponse<String> changed = a.get(path, Map.of("If-None-Match", etag));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains(topic.title() + " (gewijzigd)");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(a.get(path, Map.of("If-None-Match", changed.headers().firstValue("ETag").orElseThrow()))
                .statusCode()).isEqualTo(304);
    }
}
