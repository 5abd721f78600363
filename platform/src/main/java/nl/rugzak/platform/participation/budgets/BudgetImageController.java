package nl.rugzak.platform.participation.budgets;

import nl.rugzak.platform.site.ImageResponses;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Photos of budget projects, from the tenant's own host. */
@RestController
class BudgetImageController {

    private final BudgetImages images;

    BudgetImageController(BudgetImages images) {
        this.images = images;
    }

    @GetMapping("/beeld/begroting/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        if (TenantContext.current().isEmpty()) {
            return ImageResponses.notFound();
        }
        return images.bytes(id).map(image -> ImageResponses.of(image.bytes(), image.contentType()))
                .orElseGet(ImageResponses::notFound);
    }
}
