package nl.rugzak.platform.site;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the site's own images from the tenant's own host; another tenant's id simply does not exist here. */
@RestController
class SiteImageController {

    private final SiteImages images;

    SiteImageController(SiteImages images) {
        this.images = images;
    }

    @GetMapping("/beeld/site/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        if (TenantContext.current().isEmpty()) {
            return ImageResponses.notFound();
        }
        return images.bytes(id).map(image -> ImageResponses.of(image.bytes(), image.contentType()))
                .orElseGet(ImageResponses::notFound);
    }
}
