package nl.rugzak.platform.tenancy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * Plain pages answered outside Vaadin (unknown host, maintenance, login trouble): no tenant data beyond the name,
 * no technical detail, no script.
 */
public final class PlainPages {

    private PlainPages() {
    }

    static void notFound(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_NOT_FOUND, "Pagina niet gevonden", """
                <h1>Pagina niet gevonden</h1>
                <p>Op dit adres staat geen participatiesite. Controleer het adres.</p>
                <p lang="en">There is no participation site at this address. Please check the address.</p>""");
    }

    static void maintenance(HttpServletResponse response, String tenantName) throws IOException {
        response.setHeader("Retry-After", "300");
        String name = HtmlUtils.htmlEscape(tenantName);
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Onderhoud – " + tenantName, """
                <h1>%s: tijdelijk niet beschikbaar</h1>
                <p>We zijn bezig met onderhoud aan deze site. Probeer het later opnieuw.</p>
                <p lang="en">This site is temporarily unavailable for maintenance. Please try again later.</p>"""
                .formatted(name));
    }

    static void closed(HttpServletResponse response, String tenantName) throws IOException {
        String name = HtmlUtils.htmlEscape(tenantName);
        write(response, HttpServletResponse.SC_GONE, "Opgeheven – " + tenantName, """
                <h1>%s: deze site is opgeheven</h1>
                <p>Deze participatiesite is niet meer in gebruik. Kijk op de website van uw gemeente.</p>
                <p lang="en">This participation site is no longer in use.</p>""".formatted(name));
    }

    static void suspended(HttpServletResponse response, String tenantName) throws IOException {
        response.setHeader("Retry-After", "3600");
        String name = HtmlUtils.htmlEscape(tenantName);
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar – " + tenantName, """
                <h1>%s: tijdelijk niet beschikbaar</h1>
                <p>Deze participatiesite is tijdelijk niet beschikbaar. Probeer het later opnieuw, of kijk op de
                website van uw gemeente.</p>
                <p><a href="/inloggen">Inloggen voor medewerkers van de gemeente</a></p>
                <p lang="en">This participation site is temporarily unavailable. Please try again later.</p>"""
                .formatted(name));
    }

    /** Writes a small page; {@code title} is text, {@code body} is HTML the caller built from escaped parts. */
    public static void write(HttpServletResponse response, int status, String title, String body) throws IOException {
        write(response, Locale.forLanguageTag("nl"), status, title, body);
    }

    /** As {@link #write(HttpServletResponse, int, String, String)}, for a page in {@code language}. */
    public static void write(HttpServletResponse response, Locale language, int status, String title, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        String page = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}</style>
                </head><body><main>
                %s
                </main></body></html>
                """.formatted(language.toLanguageTag(), HtmlUtils.htmlEscape(title), body);
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
