package nl.rugzak.platform.participation.consultations;

import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published response report and reactions' supporting files on the tenant's own host. Before publication the
 * report does not exist here (404); staff preview it in the back office.
 */
@RestController
class ReportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ResponseReports reports;
    private final Reactions reactions;

    ReportController(ResponseReports reports, Reactions reactions) {
        this.reports = reports;
        this.reactions = reactions;
    }

    @GetMapping("/inspraak/{id:\\d{1,18}}/reactienota.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return report(id, ResponseReports.Format.PDF)
                .map(bytes -> file(bytes, MediaType.APPLICATION_PDF, "reactienota-" + id + ".pdf", false))
                .orElseGet(ReportController::notFound);
    }

    @GetMapping("/inspraak/{id:\\d{1,18}}/reactienota.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return report(id, ResponseReports.Format.DOCX)
                .map(bytes -> file(bytes, DOCX, "reactienota-" + id + ".docx", true))
                .orElseGet(ReportController::notFound);
    }

    /** Always a download: a PDF from a resident is stored as sent and never shown inside the site. */
    @GetMapping("/inspraak/bijlage/{reactionId:\\d{1,18}}")
    ResponseEntity<byte[]> attachment(@PathVariable long reactionId) {
        if (TenantContext.current().isEmpty()) {
            return notFound();
        }
        return reactions.attachment(reactionId)
                .map(file -> file(file.bytes(), MediaType.parseMediaType(file.contentType()), file.fileName(), true))
                .orElseGet(ReportController::notFound);
    }

    /** Unknown, draft or not-yet-published all answer the same: not found. */
    private Optional<byte[]> report(long id, ResponseReports.Format format) {
        if (TenantContext.current().isEmpty()) {
            return Optional.empty();
        }
        try {
            return reports.published(id, format);
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.notFound().build();
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name, boolean download) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache())
                .body(bytes);
    }
}
