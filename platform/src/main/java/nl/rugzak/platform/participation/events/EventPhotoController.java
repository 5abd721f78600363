package nl.rugzak.platform.participation.events;

import nl.rugzak.platform.site.ImageResponses;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Photos of events' reports, from the tenant's own host, while the events module is on. */
@RestController
class EventPhotoController {

    private final EventPhotos photos;

    EventPhotoController(EventPhotos photos) {
        this.photos = photos;
    }

    @GetMapping("/beeld/bijeenkomst/{id}")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        if (TenantContext.current().isEmpty()) {
            return ImageResponses.notFound();
        }
        return photos.bytes(id).map(image -> ImageResponses.of(image.bytes(), image.contentType()))
                .orElseGet(ImageResponses::notFound);
    }
}
