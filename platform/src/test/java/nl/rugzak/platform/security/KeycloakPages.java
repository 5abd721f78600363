package nl.rugzak.platform.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.rugzak.platform.support.Browser;

/** Reading Keycloak's own pages as a person reads them: the form to fill in, the link to click. */
public final class KeycloakPages {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    private KeycloakPages() {
    }

    static String formAction(HttpResponse<String> page) {
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("No form at " + page.uri() + " (" + page.statusCode() + "): " + page.body());
        }
        return unescape(action.group(1));
    }

    /** The first link whose address contains this text. */
    static Optional<String> link(HttpResponse<String> page, String containing) {
        Matcher href = HREF.matcher(page.body());
        while (href.find()) {
            String url = unescape(href.group(1));
            if (url.contains(containing)) {
                return Optional.of(page.uri().resolve(url).toString());
            }
        }
        return Optional.empty();
    }

    /** Fills in the page's form and follows where Keycloak sends the browser. */
    public static HttpResponse<String> submit(Browser browser, HttpResponse<String> page, Map<String, String> fields) {
        return finish(browser, browser.post(formAction(page), fields));
    }

    /**
     * Opens a link from a mail. Where Keycloak asks to confirm first ("Klik hier om verder te gaan"), the person
     * clicks on.
     */
    public static HttpResponse<String> open(Browser browser, String link) {
        HttpResponse<String> page = browser.follow(link);
        for (int step = 0; step < 3; step++) {
            HttpResponse<String> current = page;
            Optional<String> proceed = link(current, "login-actions/action-token").or(() -> link(current, "login-actions/required-action"));
            if (page.body().contains("name=\"password-new\"") || proceed.isEmpty()) {
                return page;
            }
            page = browser.follow(proceed.get());
        }
        return page;
    }

    static HttpResponse<String> finish(Browser browser, HttpResponse<String> response) {
        return Browser.isRedirect(response) ? browser.follow(Browser.location(response)) : response;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }
}
