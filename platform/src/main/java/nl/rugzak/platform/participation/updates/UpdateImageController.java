package nl.rugzak.platform.participation.updates;

import nl.rugzak.platform.site.ImageResponses;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Images of updates, from the tenant's own host, only for visitors who may read the update. */
@RestController
class UpdateImageController {

    private final Updates updates;

    UpdateImageController(Updates updates) {
        this.updates = updates;
    }

    @GetMapping("/beeld/nieuws/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        if (TenantContext.current().isEmpty()) {
            return ImageResponses.notFound();
        }
        return updates.image(id).map(image -> ImageResponses.of(image.bytes(), image.contentType()))
                .orElseGet(ImageResponses::notFound);
    }
}
