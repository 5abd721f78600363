package nl.rugzak.platform.sharing;

import java.util.Locale;
import java.util.Optional;

import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The home page: the municipality's participation site as a whole, in the visitor's language. */
@Component
class HomePageDescriber implements SharedPageDescriber {

    private final PublicUrls urls;
    private final SiteLanguages languages;

    HomePageDescriber(PublicUrls urls, SiteLanguages languages) {
        this.urls = urls;
        this.languages = languages;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        if (!path.equals("/") && !path.isEmpty()) {
            return Optional.empty();
        }
        Locale language = language();
        return urls.tenant().map(tenant -> new PageMeta(SiteDescriptions.title(language, tenant.displayName()),
                SiteDescriptions.generic(language, tenant.displayName()), "/", null, null));
    }

    /** The describers are asked while the page's own request is served; without one (a test), Dutch. */
    private Locale language() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? languages.resolve(request.getRequest()) : Texts.DUTCH;
    }
}
