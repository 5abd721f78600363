package nl.rugzak.platform.participation.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Photos with an event's report (issue 19): staff only, after the start, with a description, shown on its page. */
class EventPhotosIT extends IntegrationTest {

    @Autowired
    Events events;
    @Autowired
    EventPhotos photos;
    @Autowired
    MovableClock clock;
    @Autowired
    DemoUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    ApplicationContext application;

    static byte[] png(int size) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Authentication person(String slug, String name, String... roles) {
        return users.authentication(new DemoUsers.Account(slug, name, "test-" + UUID.randomUUID(), name,
                name + "@example.org", List.of(roles)), name);
    }

    <T> T as(String slug, Authentication who, Supplier<T> work) {
        var previous = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(who);
        security.setContext(context);
        try {
            return TenantContext.call(new TenantId(slug), work::get);
        } finally {
            security.setContext(previous);
        }
    }

    long event(Authentication editor, String title, LocalDateTime start) {
        return as("voorbeeld", editor, () -> events.create(new EventDraft(title, "", start, start.plusHours(2),
                "Markt 1, Voorbeeldstad", null, null, null, false, false, "Nederlands", null, null,
                RegistrationMode.NONE, null)));
    }

    long photoCount(long eventId) {
        return TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql(
                "SELECT count(*) FROM event_photo WHERE event_id = ?").param(eventId).query(Long.class).single());
    }

    @Test
    void staffAddPhotosWithADescriptionAfterTheStartAndEveryoneSeesThemOnThePage() {
        Authentication editor = person("voorbeeld", "Redacteur", "editor");
        LocalDateTime past = LocalDateTime.now(clock).minusDays(2).withHour(19).withMinute(0);
        long held = event(editor, "Schouw met foto's", past);
        long coming = event(editor, "Schouw die nog komt", LocalDateTime.now(clock).plusDays(400).withHour(19).withMinute(0));

        assertThatThrownBy(() -> as("voorbeeld", editor, () -> photos.add(coming, png(20), "Te vroeg")))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> as("voorbeeld", editor, () -> photos.add(held, png(20), "  ")))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.problems()).containsKey("alt"));
        assertThatThrownBy(() -> as("voorbeeld", editor, () -> photos.add(held, "geen beeld".getBytes(), "Iets")))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.problems()).containsKey("photos"));
        assertThatThrownBy(() -> as("voorbeeld", person("voorbeeld", "Bewoner", "resident"),
                () -> photos.add(held, png(20), "Van een bewoner")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(photoCount(held) + photoCount(coming)).isZero();

        long photo = as("voorbeeld", editor, () -> photos.add(held, png(40), "Bewoners bij de oude lindeboom"));
        as("voorbeeld", editor, () -> {
            events.saveReport(held, new EventReport("We liepen langs **de bomen**.", null));
            return null;
        });

        HttpResponse<String> image = site("voorbeeld.localhost").get("/beeld/bijeenkomst/" + photo);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
        assertThat(site("oosterhaven.localhost").get("/beeld/bijeenkomst/" + photo).statusCode()).isEqualTo(404);

        TenantContext.run(new TenantId("voorbeeld"), () -> {
            BrowserlessUi.open(application, null);
            try {
                UI.getCurrent().navigate("agenda/" + held);
                assertThat(_find(Image.class)).anySatisfy(picture -> {
                    assertThat(picture.getAlt()).hasValue("Bewoners bij de oude lindeboom");
                    assertThat(picture.getSrc()).isEqualTo("/beeld/bijeenkomst/" + photo);
                });
            } finally {
                MockVaadin.tearDown();
            }
        });
    }

    @Test
    void eachDemoMunicipalitysPastEventShowsItsReportWithAPhotoAndItsDescription() {
        // The demo content is seeded once the demo accounts exist in Keycloak.
        awaitIdentity();
        for (String slug : List.of("voorbeeld", "oosterhaven")) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).untilAsserted(() ->
                    assertThat(TenantContext.call(new TenantId(slug), () -> jdbc.sql("""
                                    SELECT count(*) FROM event_photo p JOIN event e ON e.id = p.event_id
                                     WHERE e.report IS NOT NULL""").query(Long.class).single())).as(slug).isPositive());
            record Shown(long event, long photo, String alt, String type, int width) {
            }
            Shown shown = TenantContext.call(new TenantId(slug), () -> jdbc.sql("""
                            SELECT e.id, p.id, p.alt_text, p.content_type, p.width FROM event_photo p
                              JOIN event e ON e.id = p.event_id WHERE e.report IS NOT NULL ORDER BY p.id LIMIT 1""")
                    .query((rs, row) -> new Shown(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5))).single());
            assertThat(shown.alt()).startsWith("Tekening van de inloopavond");
            assertThat(shown.type()).isEqualTo("image/png");
            assertThat(shown.width()).isEqualTo(DemoReportPhoto.WIDTH);

            HttpResponse<String> image = site(slug + ".localhost").get("/beeld/bijeenkomst/" + shown.photo());
            assertThat(image.statusCode()).as(slug).isEqualTo(200);
            TenantContext.run(new TenantId(slug), () -> {
                BrowserlessUi.open(application, null);
                try {
                    UI.getCurrent().navigate("agenda/" + shown.event());
                    assertThat(_find(Image.class)).anySatisfy(picture -> {
                        assertThat(picture.getAlt()).hasValue(DemoReportPhoto.ALT);
                        assertThat(picture.getSrc()).isEqualTo("/beeld/bijeenkomst/" + shown.photo());
                    });
                } finally {
                    MockVaadin.tearDown();
                }
            });
        }
    }
}
