package nl.rugzak.platform.notifications;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.tenancy.PlainPages;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe link of every mail. A GET (a click, or a mail scanner looking at the link) only shows what the
 * link would do, with a button; the POST does it: from that button, or straight from the mail program (RFC 8058
 * one-click, {@code List-Unsubscribe=One-Click} in the body). Neither needs a login; the signature decides, and a
 * link that was changed says so and changes nothing.
 */
@RestController
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final NotificationPreferences preferences;
    private final SiteLanguages languages;

    UnsubscribeController(UnsubscribeLinks links, NotificationPreferences preferences, SiteLanguages languages) {
        this.links = links;
        this.preferences = preferences;
        this.languages = languages;
    }

    @GetMapping(UnsubscribeLinks.PATH)
    void confirm(@RequestParam(name = "r", required = false) String resident,
                 @RequestParam(name = "k", required = false) String scope,
                 @RequestParam(name = "t", required = false) String token,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = languages.resolve(request);
        Optional<TenantId> tenant = TenantContext.current();
        Optional<UnsubscribeScope> valid = tenant.flatMap(t -> links.verify(t, resident, scope, token));
        if (valid.isEmpty()) {
            refused(response, language);
            return;
        }
        String action = UnsubscribeLinks.PATH + "?r=" + resident + "&k=" + scope + "&t=" + token;
        PlainPages.write(response, language, HttpServletResponse.SC_OK, Texts.get(language, "notifications.unsubscribe.title"),
                "<h1>" + escaped(language, "notifications.unsubscribe.title") + "</h1>"
                        + "<p>" + escaped(language, "notifications.unsubscribe.confirm", what(language, valid.get())) + "</p>"
                        + "<form method=\"post\" action=\"" + HtmlUtils.htmlEscape(action) + "\">"
                        + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">" + escaped(language, "notifications.unsubscribe.button") + "</button>"
                        + "</form>");
    }

    @PostMapping(UnsubscribeLinks.PATH)
    void unsubscribe(@RequestParam(name = "r", required = false) String resident,
                     @RequestParam(name = "k", required = false) String scope,
                     @RequestParam(name = "t", required = false) String token,
                     HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = languages.resolve(request);
        Optional<TenantId> tenant = TenantContext.current();
        Optional<UnsubscribeScope> valid = tenant.flatMap(t -> links.verify(t, resident, scope, token));
        if (valid.isEmpty()) {
            refused(response, language);
            return;
        }
        preferences.unsubscribe(Long.parseLong(resident), valid.get());
        PlainPages.write(response, language, HttpServletResponse.SC_OK, Texts.get(language, "notifications.unsubscribe.done-title"),
                "<h1>" + escaped(language, "notifications.unsubscribe.done-title") + "</h1>"
                        + "<p>" + escaped(language, "notifications.unsubscribe.done", what(language, valid.get())) + "</p>"
                        + "<p><a href=\"/mijn/meldingen\">" + escaped(language, "notifications.unsubscribe.settings") + "</a></p>");
    }

    private static void refused(HttpServletResponse response, Locale language) throws IOException {
        PlainPages.write(response, language, HttpServletResponse.SC_BAD_REQUEST,
                Texts.get(language, "notifications.unsubscribe.invalid-title"),
                "<h1>" + escaped(language, "notifications.unsubscribe.invalid-title") + "</h1>"
                        + "<p>" + escaped(language, "notifications.unsubscribe.invalid") + "</p>");
    }

    private static String what(Locale language, UnsubscribeScope scope) {
        return scope.kind() != null ? Texts.get(language, scope.kind().nameKey())
                : Texts.get(language, scope.digest() == Delivery.DAILY ? "notifications.digest.daily.name"
                        : "notifications.digest.weekly.name");
    }

    private static String escaped(Locale language, String key, Object... args) {
        return HtmlUtils.htmlEscape(Texts.get(language, key, args));
    }
}
