package nl.rugzak.platform.modules;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.tenancy.PlainPages;
import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.modules.ParticipationModule;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a switched-off module's addresses with a real 404 before Vaadin serves its page shell (which would
 * answer 200 and only then show "not found"). {@link ModuleGate} covers navigation inside an open page.
 */
class ModuleGateFilter extends OncePerRequestFilter {

    private final ModuleCatalogue catalogue;
    private final EnabledModules modules;
    private final SiteLanguages languages;

    ModuleGateFilter(ModuleCatalogue catalogue, EnabledModules modules, SiteLanguages languages) {
        this.catalogue = catalogue;
        this.modules = modules;
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (TenantContext.current().isPresent()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String first = path.replaceFirst("^/", "").split("/", 2)[0];
            for (ParticipationModule module : catalogue.all()) {
                if (module.path().equals(first) && !modules.isEnabled(module.id())) {
                    Locale language = languages.resolve(request);
                    // The plain page's html element says Dutch; the text says which language it is in.
                    PlainPages.write(response, 404, Texts.get(language, "site.not-found.title"), """
                            <div lang="%s"><h1>%s</h1>
                            <p><a href="/">%s</a></p></div>""".formatted(language.getLanguage(),
                            HtmlUtils.htmlEscape(Texts.get(language, "site.not-found.heading")),
                            HtmlUtils.htmlEscape(Texts.get(language, "site.not-found.home"))));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
