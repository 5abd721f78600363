package nl.rugzak.platform.notifications;

import java.util.Optional;

import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.ThemeAssetKind;
import nl.rugzak.themes.tokens.ThemeTokens;

/**
 * The municipality's house style around a mail, from its published theme (Rugzak's default theme otherwise): its logo,
 * served from the tenant's primary site as the site and the Keycloak e-mail theme link it, and only colour pairs the
 * theme editor checked for text contrast (primary-contrast on primary for the heading bar, text and link on
 * background for the body), so no municipality's colours can make a mail unreadable.
 *
 * @param logoUrl absolute URL of the logo, or empty when the theme has none
 */
record MailStyle(Optional<String> logoUrl, ThemeTokens tokens) {

    static final MailStyle DEFAULT = new MailStyle(Optional.empty(), ThemeTokens.DEFAULT);

    /** @param siteUrl base URL of the tenant's primary site, where the logo is served */
    static MailStyle of(Optional<PublishedTheme> theme, String siteUrl) {
        return theme.map(published -> new MailStyle(
                        Optional.ofNullable(published.assets().get(ThemeAssetKind.LOGO)).map(logo -> siteUrl + logo.path()),
                        published.tokens()))
                .orElse(DEFAULT);
    }

    String bar() {
        return "background:" + tokens.primary().css() + ";color:" + tokens.primaryContrast().css();
    }

    String body() {
        return "background:" + tokens.background().css() + ";color:" + tokens.text().css();
    }

    String link() {
        return "color:" + tokens.link().css();
    }
}
