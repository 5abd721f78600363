package nl.rugzak.platform.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The library's rows in the control plane; every call is its own control-plane transaction. */
@Repository
class TemplateStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A template row; {@code ownerSlug} null for the lab's own. */
    record Row(long id, String kind, String title, String description, String caseText, String ownerSlug,
               TemplateStatus status, int latestVersion, Integer approvedVersion, Instant updatedAt) {

        /** The version {@code viewer} (a municipality's slug, or null for the lab) reads, if any. */
        Optional<Integer> versionFor(String viewer) {
            boolean own = viewer == null || viewer.equals(ownerSlug);
            return own ? Optional.of(latestVersion) : Optional.ofNullable(approvedVersion);
        }
    }

    record AdoptionRow(long templateId, String tenantSlug, int version, String localRef, Instant at) {
    }

    private static final String COLUMNS = """
            id, kind, title, description, case_text, owner_slug, status, latest_version, approved_version, updated_at""";

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;

    TemplateStore(JdbcClient jdbc, ControlPlaneWork controlPlane) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
    }

    long insert(String kind, String title, String description, String caseText, String ownerSlug,
                TemplateStatus status, String demoKey, TemplateBody body, List<String> preview) {
        return controlPlane.call(() -> {
            long id = jdbc.sql("""
                            INSERT INTO control.template (kind, title, description, case_text, owner_slug, status,
                                                          approved_version, demo_key)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(kind, title, description, caseText, ownerSlug, status.name(),
                            status == TemplateStatus.APPROVED ? 1 : null, demoKey)
                    .query(Long.class).single();
            writeVersion(id, 1, body, preview);
            return id;
        });
    }

    /** A new version of the content; returns its number. */
    int addVersion(long id, TemplateBody body, List<String> preview) {
        return controlPlane.call(() -> {
            int number = jdbc.sql("""
                            UPDATE control.template SET latest_version = latest_version + 1, updated_at = now()
                             WHERE id = ? RETURNING latest_version""")
                    .param(id).query(Integer.class).single();
            writeVersion(id, number, body, preview);
            return number;
        });
    }

    private void writeVersion(long id, int number, TemplateBody body, List<String> preview) {
        jdbc.sql("INSERT INTO control.template_version (template_id, number, body, preview) VALUES (?, ?, CAST(? AS jsonb), ?)")
                .params(id, number, JSON.writeValueAsString(body.structure()), String.join("\n", preview))
                .update();
        for (TemplateImage image : body.images()) {
            jdbc.sql("""
                            INSERT INTO control.template_image (template_id, version, name, content_type, bytes, alt_text)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, number, image.name(), image.contentType(), image.bytes(),
                            image.altText() == null ? "" : image.altText())
                    .update();
        }
    }

    Optional<Row> find(long id) {
        return controlPlane.call(() -> jdbc.sql("SELECT " + COLUMNS + " FROM control.template WHERE id = ?")
                .param(id).query(TemplateStore::row).optional());
    }

    /**
     * The lab's and the approved templates, and all of {@code slug}'s own. A newer version waiting for the lab
     * leaves the approved one visible.
     */
    List<Row> visibleTo(String slug) {
        return controlPlane.call(() -> jdbc.sql("SELECT " + COLUMNS + """
                         FROM control.template WHERE approved_version IS NOT NULL OR owner_slug = ?
                        ORDER BY owner_slug IS NOT NULL, lower(title), id""")
                .param(slug).query(TemplateStore::row).list());
    }

    List<Row> all() {
        return controlPlane.call(() -> jdbc.sql("SELECT " + COLUMNS + """
                         FROM control.template
                        ORDER BY CASE status WHEN 'PENDING' THEN 0 ELSE 1 END, owner_slug IS NOT NULL, lower(title), id""")
                .query(TemplateStore::row).list());
    }

    void setStatus(long id, TemplateStatus status, Integer approvedVersion) {
        controlPlane.run(() -> jdbc.sql("""
                        UPDATE control.template SET status = ?, approved_version = coalesce(?, approved_version),
                               updated_at = now() WHERE id = ?""")
                .params(status.name(), approvedVersion, id).update());
    }

    void describe(long id, String title, String description, String caseText) {
        controlPlane.run(() -> jdbc.sql("""
                        UPDATE control.template SET title = ?, description = ?, case_text = ?, updated_at = now()
                         WHERE id = ?""")
                .params(title, description, caseText, id).update());
    }

    TemplateBody body(long id, int version) {
        return controlPlane.call(() -> {
            String json = jdbc.sql("SELECT body::text FROM control.template_version WHERE template_id = ? AND number = ?")
                    .params(id, version).query(String.class).single();
            Map<String, Object> structure = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            List<TemplateImage> images = jdbc.sql("""
                            SELECT name, content_type, bytes, alt_text FROM control.template_image
                             WHERE template_id = ? AND version = ? ORDER BY name""")
                    .params(id, version)
                    .query((rs, n) -> new TemplateImage(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
                    .list();
            return new TemplateBody(structure, images);
        });
    }

    /** The previews of many templates at once: template id → lines. */
    Map<Long, List<String>> previews(Map<Long, Integer> versions) {
        Map<Long, List<String>> found = new LinkedHashMap<>();
        if (versions.isEmpty()) {
            return found;
        }
        controlPlane.run(() -> versions.forEach((id, version) -> jdbc.sql("""
                        SELECT preview FROM control.template_version WHERE template_id = ? AND number = ?""")
                .params(id, version).query(String.class).optional()
                .ifPresent(text -> found.put(id, List.of(text.split("\n"))))));
        return found;
    }

    void recordAdoption(long id, int version, String slug, String localRef) {
        controlPlane.run(() -> jdbc.sql("""
                        INSERT INTO control.template_adoption (template_id, version, tenant_slug, local_ref)
                        VALUES (?, ?, ?, ?)""")
                .params(id, version, slug, localRef).update());
    }

    List<AdoptionRow> adoptions() {
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT template_id, tenant_slug, version, local_ref, adopted_at FROM control.template_adoption
                        ORDER BY adopted_at, id""")
                .query((rs, n) -> new AdoptionRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list());
    }

    boolean demoExists(String demoKey) {
        return controlPlane.call(() -> jdbc.sql("SELECT count(*) FROM control.template WHERE demo_key = ?")
                .param(demoKey).query(Long.class).single() > 0);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), TemplateStatus.valueOf(rs.getString(7)), rs.getInt(8), rs.getObject(9, Integer.class),
                rs.getTimestamp(10).toInstant());
    }
}
