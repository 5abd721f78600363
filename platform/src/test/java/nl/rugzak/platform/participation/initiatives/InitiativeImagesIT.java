package nl.rugzak.platform.participation.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Photos of initiatives: only the owner adds them, at most five, checked by content, served only where readable. */
class InitiativeImagesIT extends IntegrationTest {

    @Autowired
    MovableClock clock;
    @Autowired
    Initiatives initiatives;
    @Autowired
    InitiativeImages images;
    @Autowired
    Moderation moderation;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void identity() {
        awaitIdentity();
        clock.advance(java.time.Duration.ofDays(1));
        users.ensureResident("voorbeeld", "fotograaf");
        users.ensureResident("voorbeeld", "kijker");
    }

    static byte[] png(int size) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theOwnerAddsUpToFivePhotosThatAreServedSafelyFromTheSiteOnly() {
        long id = users.as("voorbeeld", "fotograaf", () -> {
            long created = initiatives.create(new InitiativeDraft("Muurschildering bij de school", "Kleur in de wijk.",
                    "", "", null, "", false));
            initiatives.submit(created);
            return created;
        });
        long first = users.as("voorbeeld", "fotograaf", () -> images.add(id, png(40), "Een kale muur naast de school"));

        assertThatThrownBy(() -> users.run("voorbeeld", "kijker", () -> images.add(id, png(10), "Van een ander")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "fotograaf", () -> images.add(id, png(10), " ")))
                .isInstanceOf(InvalidInitiativeException.class).hasMessageContaining("Beschrijf");
        assertThatThrownBy(() -> users.run("voorbeeld", "fotograaf", () -> images.add(id,
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "Geen foto")))
                .isInstanceOf(InvalidInitiativeException.class);
        for (int i = 2; i <= InitiativeImages.MAX_IMAGES; i++) {
            int n = i;
            users.run("voorbeeld", "fotograaf", () -> images.add(id, png(10 + n), "Foto " + n));
        }
        assertThatThrownBy(() -> users.run("voorbeeld", "fotograaf", () -> images.add(id, png(10), "Zesde")))
                .isInstanceOf(InvalidInitiativeException.class).hasMessageContaining("hoogstens 5");

        var response = site("voorbeeld.localhost").get("/beeld/initiatief/" + first);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // Oosterhaven has no initiative photos at all: the same id there is nothing.
        assertThat(site("oosterhaven.localhost").get("/beeld/initiatief/" + first).statusCode()).isEqualTo(404);
        assertThat(site("admin.localhost").get("/beeld/initiatief/" + first).statusCode()).isEqualTo(404);
        assertThat(users.as("voorbeeld", "kijker", () -> initiatives.view(id)).images()).hasSize(5)
                .first().satisfies(image -> assertThat(image.altText()).isEqualTo("Een kale muur naast de school"));

        users.run("voorbeeld", "moderator", () -> moderation.hide(new ContentRef(InitiativesModule.ID, id), "Test"));
        assertThat(site("voorbeeld.localhost").get("/beeld/initiatief/" + first).statusCode()).isEqualTo(404);
    }
}
