package nl.rugzak.platform.participation.projects.template;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.library.LibraryException;
import nl.rugzak.platform.library.TemplateBody;
import nl.rugzak.platform.library.TemplateCopy;
import nl.rugzak.platform.library.TemplateImage;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.projects.ProjectsModule;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project as a template: its texts, image and phases (how long each lasts, what residents do, whether only local
 * residents take part, and which modules it used). Left out: the contact (a person), the area and point (this place
 * only), the final account, followers and the items placed in phases (residents' ideas, votes and the like).
 * Adopted, it becomes a draft project whose phases start today and follow each other with the same lengths.
 */
@Component
public class ProjectTemplate implements TemplateKind {

    public static final String ID = "project";
    static final String IMAGE = "project-image";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final Clock clock;

    ProjectTemplate(JdbcClient jdbc, EnabledModules modules, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "library.kind.project";
    }

    @Override
    public List<TemplateSource> sources() {
        if (!modules.isEnabled(ProjectsModule.ID)) {
            return List.of();
        }
        return jdbc.sql("SELECT id, title FROM project ORDER BY lower(title), id")
                .query((rs, n) -> new TemplateSource(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    public TemplateBody capture(long sourceId) {
        modules.require(ProjectsModule.ID);
        Map<String, Object> project = jdbc.sql("""
                        SELECT title, summary, description, image_type, image_bytes, image_alt, image_width, image_height
                          FROM project WHERE id = ?""")
                .param(sourceId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("title", rs.getString(1));
                    row.put("summary", rs.getString(2));
                    row.put("description", rs.getString(3));
                    row.put("imageType", rs.getString(4));
                    row.put("imageBytes", rs.getBytes(5));
                    row.put("imageAlt", rs.getString(6));
                    row.put("imageWidth", rs.getObject(7));
                    row.put("imageHeight", rs.getObject(8));
                    return row;
                })
                .optional().orElseThrow(() -> new LibraryException("library.source-not-found"));
        List<Map<String, Object>> phases = jdbc.sql("""
                        SELECT p.title, p.starts_on, p.ends_on, p.what_now, p.local_only,
                               coalesce((SELECT string_agg(DISTINCT i.module, ',') FROM project_phase_item i
                                          WHERE i.phase_id = p.id), '')
                          FROM project_phase p WHERE p.project_id = ? ORDER BY p.position""")
                .param(sourceId)
                .query((rs, n) -> {
                    Map<String, Object> phase = new LinkedHashMap<>();
                    phase.put("title", rs.getString(1));
                    phase.put("days", (int) ChronoUnit.DAYS.between(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()) + 1);
                    phase.put("whatNow", rs.getString(4));
                    phase.put("localOnly", rs.getBoolean(5));
                    String used = rs.getString(6);
                    phase.put("modules", used.isEmpty() ? List.of() : List.of(used.split(",")));
                    return phase;
                })
                .list();
        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("title", project.get("title"));
        structure.put("summary", project.get("summary"));
        structure.put("description", project.get("description"));
        structure.put("phases", phases);
        List<TemplateImage> images = new ArrayList<>();
        if (project.get("imageBytes") instanceof byte[] bytes) {
            structure.put("image", IMAGE);
            structure.put("imageWidth", project.get("imageWidth"));
            structure.put("imageHeight", project.get("imageHeight"));
            images.add(new TemplateImage(IMAGE, (String) project.get("imageType"), bytes, (String) project.get("imageAlt")));
        }
        return new TemplateBody(structure, images);
    }

    @Override
    public String adopt(TemplateBody body, TemplateCopy copy) {
        modules.require(ProjectsModule.ID);
        copy.step("project");
        var image = body.image(body.text("image"));
        long id = jdbc.sql("""
                        INSERT INTO project (title, summary, description, image_type, image_bytes, image_alt,
                                             image_width, image_height)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(body.text("title"), body.text("summary"), body.text("description"),
                        image.map(TemplateImage::contentType).orElse(null), image.map(TemplateImage::bytes).orElse(null),
                        image.map(TemplateImage::altText).orElse(null),
                        image.isPresent() ? body.structure().get("imageWidth") : null,
                        image.isPresent() ? body.structure().get("imageHeight") : null)
                .query(Long.class).single();
        LocalDate start = LocalDate.now(clock);
        int position = 0;
        for (Map<String, Object> phase : body.list("phases")) {
            copy.step("phase " + (position + 1));
            int days = Math.max(1, TemplateBody.number(phase, "days", 1));
            LocalDate end = start.plusDays(days - 1L);
            jdbc.sql("""
                            INSERT INTO project_phase (project_id, position, title, starts_on, ends_on, what_now, local_only)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, TemplateBody.text(phase, "title"), Date.valueOf(start), Date.valueOf(end),
                            TemplateBody.text(phase, "whatNow"), TemplateBody.flag(phase, "localOnly"))
                    .update();
            start = end.plusDays(1);
        }
        return ID + ":" + id;
    }

    @Override
    public String staffPath(String localRef) {
        return "/beheer/projecten/" + localRef.substring(localRef.indexOf(':') + 1);
    }

    @Override
    public List<String> preview(TemplateBody body) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.dutch("library.preview.project", body.text("title")));
        if (!body.text("summary").isBlank()) {
            lines.add(body.text("summary"));
        }
        if (!body.text("image").isEmpty()) {
            lines.add(Texts.dutch("library.preview.image"));
        }
        int n = 1;
        for (Map<String, Object> phase : body.list("phases")) {
            @SuppressWarnings("unchecked")
            List<String> used = phase.get("modules") instanceof List<?> list ? (List<String>) list : List.of();
            lines.add(Texts.dutch(used.isEmpty() ? "library.preview.phase" : "library.preview.phase-modules", n++,
                    TemplateBody.text(phase, "title"), TemplateBody.number(phase, "days", 1), String.join(", ", used)));
        }
        return lines;
    }
}
