package nl.rugzak.platform.modules;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.platform.tenancy.PlainPages;
import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.modules.ParticipationModule;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a switched-off module's addresses with a real 404 before Vaadin serves its page shell (which would
 * answer 200 and only then show "not found"). {@link ModuleGate} covers navigation inside an open page.
 */
class ModuleGateFilter extends OncePerRequestFilter {

    private final ModuleCatalogue catalogue;
    private final EnabledModules modules;

    ModuleGateFilter(ModuleCatalogue catalogue, EnabledModules modules) {
        this.catalogue = catalogue;
        this.modules = modules;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (TenantContext.current().isPresent()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String first = path.replaceFirst("^/", "").split("/", 2)[0];
            for (ParticipationModule module : catalogue.all()) {
                if (module.path().equals(first) && !modules.isEnabled(module.id())) {
                    PlainPages.write(response, 404, "Niet gevonden", """
                            <h1>Deze pagina bestaat niet</h1>
                            <p><a href="/">Naar de startpagina</a></p>""");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
