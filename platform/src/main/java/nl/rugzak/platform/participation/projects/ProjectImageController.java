package nl.rugzak.platform.participation.projects;

import java.time.Instant;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.site.ImageResponses;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A project's image, from the tenant's own host, only while the project is public. */
@RestController
class ProjectImageController {

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    ProjectImageController(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    /** The version in the address makes a changed image a new address, so caches never show the old one. */
    static String url(long projectId, Instant version) {
        return "/beeld/project/" + projectId + "?v=" + version.toEpochMilli();
    }

    @GetMapping("/beeld/project/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> image(@PathVariable long id) {
        if (TenantContext.current().isEmpty() || !modules.isEnabled(ProjectsModule.ID)) {
            return ImageResponses.notFound();
        }
        return jdbc.sql("SELECT image_bytes, image_type FROM project WHERE id = ? AND status <> 'DRAFT' AND image_bytes IS NOT NULL")
                .param(id).query((rs, n) -> ImageResponses.of(rs.getBytes(1), rs.getString(2))).optional()
                .orElseGet(ImageResponses::notFound);
    }
}
