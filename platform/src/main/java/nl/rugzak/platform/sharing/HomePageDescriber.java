package nl.rugzak.platform.sharing;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The home page: the municipality's participation site as a whole. */
@Component
class HomePageDescriber implements SharedPageDescriber {

    private final PublicUrls urls;

    HomePageDescriber(PublicUrls urls) {
        this.urls = urls;
    }

    @Override
    public Optional<PageMeta> describe(String path) {
        if (!path.equals("/") && !path.isEmpty()) {
            return Optional.empty();
        }
        return urls.tenant().map(tenant -> new PageMeta("Doe mee in " + tenant.displayName(),
                SiteDescriptions.generic(tenant.displayName()), "/", null, null));
    }
}
