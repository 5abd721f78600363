package nl.rugzak.platform.theming.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.library.LibraryException;
import nl.rugzak.platform.library.TemplateBody;
import nl.rugzak.platform.library.TemplateCopy;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.theming.ThemeDraft;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import nl.rugzak.tenantadmin.theming.ThemeVersion;
import nl.rugzak.themes.tokens.ThemeTokens;
import org.springframework.stereotype.Component;

/**
 * A site's look (colours, font, size, rounding) as a template, without its logo or other images: those are the
 * municipality's own. Adopted, it becomes the site's theme draft, to be checked and published in "Huisstijl"; a
 * site with an unsaved draft is asked to finish that first, so nobody's work is overwritten.
 */
@Component
public class ThemeTemplate implements TemplateKind {

    public static final String ID = "theme";

    private final ThemeStore themes;

    ThemeTemplate(ThemeStore themes) {
        this.themes = themes;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "library.kind.theme";
    }

    @Override
    public List<TemplateSource> sources() {
        return themes.versions(TenantContext.require()).stream()
                .map(version -> new TemplateSource(version.number(), Texts.dutch(version.published()
                        ? "library.theme.version-published" : "library.theme.version", version.number())))
                .toList();
    }

    @Override
    public TemplateBody capture(long sourceId) {
        ThemeVersion version = themes.version(TenantContext.require(), (int) sourceId)
                .orElseThrow(() -> new LibraryException("library.source-not-found"));
        Map<String, Object> structure = new LinkedHashMap<>(version.tokens().toMap());
        return TemplateBody.of(structure);
    }

    @Override
    public String adopt(TemplateBody body, TemplateCopy copy) {
        TenantId tenant = TenantContext.require();
        if (themes.draft(tenant).isPresent()) {
            throw new LibraryException("library.theme.draft-open");
        }
        copy.step("theme");
        Map<String, String> values = new LinkedHashMap<>();
        body.structure().forEach((key, value) -> values.put(key, String.valueOf(value)));
        ThemeTokens tokens;
        try {
            tokens = ThemeTokens.fromMap(values);
        } catch (RuntimeException e) {
            throw new LibraryException("library.theme.invalid");
        }
        int number = themes.saveDraft(tenant, new ThemeDraft(tokens, Map.of()), LabActor.current());
        return ID + ":" + number;
    }

    @Override
    public String staffPath(String localRef) {
        return "/beheer/huisstijl";
    }

    @Override
    public List<String> preview(TemplateBody body) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.dutch("library.preview.theme"));
        body.structure().forEach((key, value) -> lines.add(key + ": " + value));
        return lines;
    }
}
