package nl.rugzak.platform.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.rugzak.platform.library.LibraryException;
import nl.rugzak.platform.library.TemplateBody;
import nl.rugzak.platform.library.TemplateCopy;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A set of the site's pages as a template: each page's slug, title and body, all written by staff. Residents never
 * write on these pages, so there is nothing of theirs to leave out. A body may name the municipality's public contact
 * address; that is public text staff published themselves, and the adopter reviews it in the draft before publishing.
 * The municipality's registered contact details are not part of a body (the contact page shows them from the
 * registry), so they never travel.
 *
 * <p>The site is not a participation module and has no manifest: the library finds this kind as a bean, like the
 * theme's. Adopted pages arrive as drafts; a slug this site already uses gets a free one ({@code privacy-2}).
 */
@Component
public class SitePagesTemplate implements TemplateKind {

    public static final String ID = "pages";
    /** All pages residents can read (everything but the home introduction, which belongs to the start page). */
    static final long ALL_PAGES = 0;

    private final JdbcClient jdbc;

    SitePagesTemplate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "library.kind.pages";
    }

    @Override
    public List<TemplateSource> sources() {
        List<Page> pages = pages();
        if (pages.isEmpty()) {
            return List.of();
        }
        List<TemplateSource> sources = new ArrayList<>();
        sources.add(new TemplateSource(ALL_PAGES, Texts.dutch("library.source.all-pages",
                String.join(", ", pages.stream().map(Page::title).toList()))));
        pages.forEach(page -> sources.add(new TemplateSource(page.id(), page.title())));
        return sources;
    }

    @Override
    public TemplateBody capture(long sourceId) {
        List<Page> chosen = pages().stream().filter(page -> sourceId == ALL_PAGES || page.id() == sourceId).toList();
        if (chosen.isEmpty()) {
            throw new LibraryException("library.not-found");
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Page page : chosen) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("slug", page.slug());
            part.put("title", page.title());
            part.put("body", page.body());
            parts.add(part);
        }
        return TemplateBody.of(Map.of("pages", parts));
    }

    @Override
    public String adopt(TemplateBody body, TemplateCopy copy) {
        Set<String> taken = new HashSet<>(jdbc.sql("SELECT page_key FROM site_page").query(String.class).list());
        taken.add(SitePage.HOME);
        List<String> made = new ArrayList<>();
        for (Map<String, Object> part : body.list("pages")) {
            String slug = free(TemplateBody.text(part, "slug"), taken);
            String title = TemplateBody.text(part, "title");
            String text = TemplateBody.text(part, "body");
            // The template was checked when saved, but a lab-made or older version must still fit this site's rules.
            SitePageRules.check(slug, title, text);
            copy.step("page " + TemplateBody.text(part, "slug"));
            jdbc.sql("INSERT INTO site_page (page_key, title, body, published) VALUES (?, ?, ?, false)")
                    .params(slug, title, text).update();
            taken.add(slug);
            made.add(slug);
        }
        return ID + ":" + String.join(",", made);
    }

    /** The slug itself when free here, else the first free {@code slug-2}, {@code slug-3}... within 40 characters. */
    static String free(String slug, Set<String> taken) {
        String base = slug.isBlank() ? "pagina" : slug;
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = base.substring(0, Math.min(base.length(), 40 - suffix.length())) + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    @Override
    public String staffPath(String localRef) {
        return "/beheer/paginas";
    }

    @Override
    public List<String> preview(TemplateBody body) {
        List<Map<String, Object>> pages = body.list("pages");
        List<String> lines = new ArrayList<>();
        lines.add(Texts.dutch("library.preview.pages", pages.size()));
        pages.forEach(page -> lines.add(Texts.dutch("library.preview.page", TemplateBody.text(page, "title"),
                TemplateBody.text(page, "slug"))));
        return lines;
    }

    private List<Page> pages() {
        return jdbc.sql("SELECT id, page_key, title, body FROM site_page WHERE page_key <> ? ORDER BY page_key")
                .param(SitePage.HOME)
                .query((rs, n) -> new Page(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    private record Page(long id, String slug, String title, String body) {
    }
}
