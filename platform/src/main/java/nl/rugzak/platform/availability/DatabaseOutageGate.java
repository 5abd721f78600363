package nl.rugzak.platform.availability;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.platform.language.SiteLanguages;
import nl.rugzak.platform.tenancy.PlainPages;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * In front of everything that may need the database: while it is away, visitors get a short page that says so
 * (503 with {@code Retry-After}) at once, instead of waiting for a connection and landing somewhere odd. Only the
 * health probes pass: they must be able to say that the application is not ready.
 */
public class DatabaseOutageGate extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 30;

    private final DatabaseAvailability database;

    public DatabaseOutageGate(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!database.isAvailable()) {
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isConnectionFailure(e)) {
                throw e;
            }
            database.connectionFailed(e);
            if (response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            unavailable(request, response);
        }
    }

    /** No connection to be had: the pool timed out, or the driver could not reach the server. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = languageOf(request);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        PlainPages.write(response, language, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                Texts.get(language, "availability.unavailable.title"), """
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="">%s</a></p>""".formatted(
                        HtmlUtils.htmlEscape(Texts.get(language, "availability.unavailable.heading")),
                        HtmlUtils.htmlEscape(Texts.get(language, "availability.unavailable.text")),
                        HtmlUtils.htmlEscape(Texts.get(language, "availability.unavailable.retry"))));
    }

    /**
     * The language the visitor picked on this site, from its cookie alone: which languages the site offers is in
     * the database, which is away. Dutch unless English was picked.
     */
    private static Locale languageOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SiteLanguages.COOKIE.equals(cookie.getName())) {
                    return Texts.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return Texts.DUTCH;
    }
}
