package nl.rugzak.platform.participation.ideas;

import java.time.Instant;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.site.ImageResponses;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An idea's photo, from the tenant's own host, only for visitors who may read the idea. */
@RestController
class IdeaImageController {

    private final Ideas ideas;
    private final JdbcClient jdbc;

    IdeaImageController(Ideas ideas, JdbcClient jdbc) {
        this.ideas = ideas;
        this.jdbc = jdbc;
    }

    static String url(long ideaId, Instant version) {
        return "/beeld/idee/" + ideaId + "?v=" + version.toEpochMilli();
    }

    @GetMapping("/beeld/idee/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        if (TenantContext.current().isEmpty()) {
            return ImageResponses.notFound();
        }
        try {
            ideas.view(id);
        } catch (NotFoundException | nl.rugzak.tenantadmin.text.UserFacingException e) {
            return ImageResponses.notFound();
        }
        return jdbc.sql("SELECT image_bytes, image_type FROM idea WHERE id = ? AND image_bytes IS NOT NULL").param(id)
                .query((rs, n) -> ImageResponses.of(rs.getBytes(1), rs.getString(2))).optional()
                .orElseGet(ImageResponses::notFound);
    }
}
