package nl.rugzak.platform.headers;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one-time value that lets the page's own inline scripts run and nothing injected: made once per request and
 * kept on it, so the Content-Security-Policy header and the script tags of Vaadin's bootstrap page name the same one.
 */
final class ScriptNonce {

    private static final String ATTRIBUTE = ScriptNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScriptNonce() {
    }

    static String of(HttpServletRequest request) {
        Object nonce = request.getAttribute(ATTRIBUTE);
        if (nonce instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }
}
