package nl.rugzak.platform.participation.initiatives;

import nl.rugzak.platform.site.ImageResponses;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Photos of initiatives, from the tenant's own host, only for visitors who may read the initiative. */
@RestController
class InitiativeImageController {

    private final InitiativeImages images;

    InitiativeImageController(InitiativeImages images) {
        this.images = images;
    }

    @GetMapping("/beeld/initiatief/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        if (TenantContext.current().isEmpty()) {
            return ImageResponses.notFound();
        }
        return images.bytes(id).map(image -> ImageResponses.of(image.bytes(), image.contentType()))
                .orElseGet(ImageResponses::notFound);
    }
}
