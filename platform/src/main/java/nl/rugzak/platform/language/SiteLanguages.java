package nl.rugzak.platform.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.stereotype.Component;

/**
 * Which language a visitor reads: the one they picked (a cookie per site, so it is remembered), else the site's
 * default (Dutch when offered); always one the municipality offers. The browser's language preference is not
 * followed: a municipal site is Dutch unless the visitor asks otherwise. The lab's own host offers all languages.
 */
@Component
public class SiteLanguages {

    public static final String COOKIE = "rugzak-taal";

    private final TenantRegistry registry;

    SiteLanguages(TenantRegistry registry) {
        this.registry = registry;
    }

    /** The languages this site offers, its default first (Dutch whenever it is offered). */
    public List<Locale> offered() {
        List<Locale> offered = TenantContext.current().flatMap(registry::find)
                .map(tenant -> Texts.LANGUAGES.stream()
                        .filter(language -> tenant.locales().contains(language.getLanguage())).toList())
                .orElse(Texts.LANGUAGES);
        return offered.isEmpty() ? List.of(Texts.DUTCH) : offered;
    }

    public Locale resolve(HttpServletRequest request) {
        List<Locale> offered = offered();
        return picked(request).flatMap(tag -> match(offered, Locale.forLanguageTag(tag)))
                .orElse(offered.getFirst());
    }

    public Optional<Locale> offeredLanguage(String tag) {
        return tag == null ? Optional.empty() : match(offered(), Locale.forLanguageTag(tag));
    }

    private static Optional<String> picked(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Locale> match(List<Locale> offered, Locale wanted) {
        return offered.stream().filter(language -> language.getLanguage().equals(wanted.getLanguage())).findFirst();
    }
}
