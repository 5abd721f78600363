package nl.rugzak.platform.participation.budgets;

import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.site.SiteImages.ImageBytes;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.media.SafeImage;
import nl.rugzak.tenantadmin.media.SafeImages;
import nl.rugzak.tenantadmin.media.UnsafeImageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One photo per project, always with a description for who cannot see it. Uploads are judged by their content and
 * re-encoded without metadata ({@link SafeImages}); served only while the budget is published (or to editors).
 */
@Service
public class BudgetImages {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ALT = 300;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final SafeImages safeImages;

    BudgetImages(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
                 SafeImages safeImages) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.safeImages = safeImages;
    }

    static String url(long projectId) {
        return "/beeld/begroting/" + projectId;
    }

    @Transactional
    @PreAuthorize(Budgets.EDITORS)
    public void set(long projectId, byte[] upload, String altText) {
        modules.require(BudgetsModule.ID);
        currentUser.require();
        writeGuard.requireWritable();
        requireProject(projectId);
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            throw new InvalidBudgetException(Map.of("alt", FieldProblem.textKey("budgets.field.image-alt.empty")));
        }
        if (alt.length() > MAX_ALT) {
            throw new InvalidBudgetException(Map.of("alt",
                    FieldProblem.textKey("budgets.field.image-alt.too-long", MAX_ALT, alt.length())));
        }
        SafeImage clean;
        try {
            clean = safeImages.raster(upload, MAX_BYTES);
        } catch (UnsafeImageException e) {
            throw new InvalidBudgetException(Map.of("image", FieldProblem.of(e)));
        }
        jdbc.sql("""
                        UPDATE budget_project SET image_type = ?, image_bytes = ?, image_alt = ?, image_width = ?,
                          image_height = ? WHERE id = ?""")
                .params(clean.contentType(), clean.bytes(), alt, clean.width(), clean.height(), projectId).update();
    }

    @Transactional
    @PreAuthorize(Budgets.EDITORS)
    public void remove(long projectId) {
        modules.require(BudgetsModule.ID);
        currentUser.require();
        writeGuard.requireWritable();
        requireProject(projectId);
        jdbc.sql("""
                        UPDATE budget_project SET image_type = NULL, image_bytes = NULL, image_alt = NULL,
                          image_width = NULL, image_height = NULL WHERE id = ?""").param(projectId).update();
    }

    /** The photo, if the budget is public or an editor asks. */
    @Transactional(readOnly = true)
    public Optional<ImageBytes> bytes(long projectId) {
        if (!modules.isEnabled(BudgetsModule.ID)) {
            return Optional.empty();
        }
        boolean editor = currentUser.visitor().map(CurrentUser.Visitor::canEdit).orElse(false);
        return jdbc.sql("""
                        SELECT p.image_bytes, p.image_type FROM budget_project p JOIN budget b ON b.id = p.budget_id
                         WHERE p.id = ? AND p.image_bytes IS NOT NULL AND (b.published OR ?)""")
                .params(projectId, editor)
                .query((rs, row) -> new ImageBytes(rs.getBytes(1), rs.getString(2))).optional();
    }

    private void requireProject(long projectId) {
        jdbc.sql("SELECT id FROM budget_project WHERE id = ?").param(projectId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("project"));
    }
}
