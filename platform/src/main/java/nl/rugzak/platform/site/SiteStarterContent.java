package nl.rugzak.platform.site;

import java.util.Map;

import nl.rugzak.platform.accessibility.AccessibilityStatement;
import nl.rugzak.tenantadmin.provisioning.StarterContent;
import nl.rugzak.tenantadmin.registry.Tenant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A new municipality starts with a welcome and the pages every site needs; staff rewrite them later. */
@Component
class SiteStarterContent implements StarterContent {

    private final SitePageRepository pages;
    private final AccessibilityStatement statement;

    SiteStarterContent(SitePageRepository pages, AccessibilityStatement statement) {
        this.pages = pages;
        this.statement = statement;
    }

    @Override
    @Transactional
    public void seed(Tenant tenant) {
        Map<String, String[]> starters = Map.of(
                SitePage.HOME, new String[] {"Welkom", "Op deze site praat u mee over plannen van " + tenant.displayName()
                        + " en ziet u wat bewoners zelf in gang zetten."},
                "privacy", new String[] {"Privacy", tenant.displayName() + " gaat zorgvuldig om met uw gegevens. "
                        + "Deze tekst wordt nog aangevuld door de gemeente."},
                AccessibilityStatement.PAGE_KEY, new String[] {statement.title(), statement.draft(tenant.displayName())},
                "contact", new String[] {"Contact", "Vragen over deze site? Neem contact op met " + tenant.displayName() + "."});
        starters.forEach((key, text) -> {
            if (pages.findByKey(key).isEmpty()) {
                pages.save(new SitePage(key, text[0], text[1]));
            }
        });
    }
}
