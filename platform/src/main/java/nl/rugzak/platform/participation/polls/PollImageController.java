package nl.rugzak.platform.participation.polls;

import nl.rugzak.platform.site.ImageResponses;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Pictures of poll options, from the tenant's own host, only for polls the visitor may see. */
@RestController
class PollImageController {

    private final PollOptionImages images;

    PollImageController(PollOptionImages images) {
        this.images = images;
    }

    @GetMapping("/beeld/peiling-optie/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        if (TenantContext.current().isEmpty()) {
            return ImageResponses.notFound();
        }
        return images.bytes(id).map(image -> ImageResponses.of(image.bytes(), image.contentType()))
                .orElseGet(ImageResponses::notFound);
    }
}
