package nl.rugzak.platform.headers;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of every page and answer of a site and of the admin host, as strict as Vaadin Flow 25
 * allows. Where it is not as strict as it could be, this is why (Vaadin's documentation on CSP, "Required Settings"):
 * <ul>
 * <li>{@code script-src 'unsafe-eval'}: Vaadin's client engine runs what {@code executeJs} and event data expressions
 * send as functions it constructs ({@code new Function}); without it no page works. Inline scripts are NOT allowed:
 * only the bootstrap page's own, which carry this request's nonce ({@link BootstrapScriptNonce}), so an injected
 * {@code <script>} or {@code onerror=} attribute is refused.</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin's web components write {@code <style>} into their shadow roots and
 * Flow sets {@code style} attributes; they carry no nonce (Vaadin's web-components issue 8031). Styles cannot run
 * script, so this gives an injection layout, not code.</li>
 * <li>{@code img-src data:} and {@code font-src data:}: Vaadin's bundle carries its icon font and some images as data
 * URIs in its stylesheets; fonts and images cannot run script. Modules add the origins their pages load images from
 * (map tiles) through their manifests.</li>
 * </ul>
 * A controller that sets its own policy afterwards (an uploaded image, a tenant's stylesheet: both sandboxed)
 * replaces this one.
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";

    private final String imageSources;

    /** {@code imageSources}: further origins pages may load images from, e.g. {@code https://service.pdok.nl}. */
    ContentSecurityPolicy(List<String> imageSources) {
        this.imageSources = imageSources.stream().distinct().map(source -> " " + source).reduce("", String::concat);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HEADER, policy(ScriptNonce.of(request)));
    }

    String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + imageSources + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }
}
