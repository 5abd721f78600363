package nl.rugzak.platform.modules;

import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ModuleWebConfiguration {

    /** Right after the tenant is known, before security and Vaadin. */
    @Bean
    FilterRegistrationBean<ModuleGateFilter> moduleGateFilter(ModuleCatalogue catalogue, EnabledModules modules,
                                                             SiteLanguages languages) {
        var registration = new FilterRegistrationBean<>(new ModuleGateFilter(catalogue, modules, languages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
