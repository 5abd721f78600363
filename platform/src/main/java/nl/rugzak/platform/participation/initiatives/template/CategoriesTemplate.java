package nl.rugzak.platform.participation.initiatives.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.library.TemplateBody;
import nl.rugzak.platform.library.TemplateCopy;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The set of initiative categories as a template: their names in their order, nothing of the initiatives in them.
 * Categories have no draft state, so adopting adds the names this site lacks (after its own) and changes or removes
 * none of its own; staff rename or remove them afterwards like any category.
 */
@Component
public class CategoriesTemplate implements TemplateKind {

    public static final String ID = "initiative-categories";
    /** There is one set per site; it is offered under this id. */
    static final long THE_SET = 1;

    private final JdbcClient jdbc;
    private final EnabledModules modules;

    CategoriesTemplate(JdbcClient jdbc, EnabledModules modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "library.kind.initiative-categories";
    }

    @Override
    public List<TemplateSource> sources() {
        if (!modules.isEnabled(InitiativesModule.ID)) {
            return List.of();
        }
        return List.of(new TemplateSource(THE_SET, String.join(", ", names())));
    }

    @Override
    public TemplateBody capture(long sourceId) {
        modules.require(InitiativesModule.ID);
        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("categories", names());
        return TemplateBody.of(structure);
    }

    @Override
    public String adopt(TemplateBody body, TemplateCopy copy) {
        modules.require(InitiativesModule.ID);
        int added = 0;
        for (String name : names(body)) {
            copy.step("category " + name);
            added += jdbc.sql("""
                            INSERT INTO initiative_category (name, position)
                            SELECT ?, (SELECT coalesce(max(position), 0) + 1 FROM initiative_category)
                             WHERE NOT EXISTS (SELECT 1 FROM initiative_category WHERE lower(name) = lower(?))""")
                    .params(name, name).update();
        }
        return ID + ":" + added;
    }

    @Override
    public String staffPath(String localRef) {
        return "/beheer/initiatieven";
    }

    @Override
    public List<String> preview(TemplateBody body) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.dutch("library.preview.categories", names(body).size()));
        names(body).forEach(name -> lines.add("- " + name));
        return lines;
    }

    private List<String> names() {
        return jdbc.sql("SELECT name FROM initiative_category ORDER BY position, name").query(String.class).list();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(TemplateBody body) {
        return body.structure().get("categories") instanceof List<?> list ? (List<String>) list : List.of();
    }
}
