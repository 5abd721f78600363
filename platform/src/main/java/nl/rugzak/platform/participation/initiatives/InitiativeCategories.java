package nl.rugzak.platform.participation.initiatives;

import nl.rugzak.tenantadmin.text.UserText;

import java.util.List;
import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's own list of categories; editors keep it. */
@Service
public class InitiativeCategories {

    public static final int MAX_NAME = 60;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final TenantWriteGuard writeGuard;

    public InitiativeCategories(JdbcClient jdbc, EnabledModules modules, TenantWriteGuard writeGuard) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.writeGuard = writeGuard;
    }

    @Transactional(readOnly = true)
    public List<Category> all() {
        modules.require(InitiativesModule.ID);
        return jdbc.sql("SELECT id, name FROM initiative_category ORDER BY position, name")
                .query((rs, row) -> new Category(rs.getLong(1), rs.getString(2))).list();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public Category add(String name) {
        modules.require(InitiativesModule.ID);
        writeGuard.requireWritable();
        String clean = check(name);
        try {
            long id = jdbc.sql("""
                            INSERT INTO initiative_category (name, position)
                            VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM initiative_category)) RETURNING id""")
                    .param(clean).query(Long.class).single();
            return new Category(id, clean);
        } catch (DuplicateKeyException e) {
            throw new InvalidInitiativeException(Map.of("category", FieldProblem.textKey("initiatives.category.exists")));
        }
    }

    /** Initiatives in it keep existing, without a category. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void remove(long id) {
        modules.require(InitiativesModule.ID);
        writeGuard.requireWritable();
        jdbc.sql("DELETE FROM initiative_category WHERE id = ?").param(id).update();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT count(*) FROM initiative_category WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    /** Starter categories for a new municipality; staff change them. */
    void seedDefaults() {
        if (jdbc.sql("SELECT count(*) FROM initiative_category").query(Long.class).single() == 0) {
            String[] names = {"Groen en natuur", "Verkeer en veiligheid", "Samen leven", "Spelen en sport", "Cultuur",
                    "Duurzaamheid"};
            for (int i = 0; i < names.length; i++) {
                jdbc.sql("INSERT INTO initiative_category (name, position) VALUES (?, ?)").params(names[i], i).update();
            }
        }
    }

    private static String check(String name) {
        String clean = name == null ? "" : UserText.line(name);
        if (clean.isEmpty()) {
            throw new InvalidInitiativeException(Map.of("category", FieldProblem.textKey("initiatives.category.name-empty")));
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidInitiativeException(Map.of("category",
                    FieldProblem.textKey("initiatives.category.name-too-long", MAX_NAME, clean.length())));
        }
        return clean;
    }
}
