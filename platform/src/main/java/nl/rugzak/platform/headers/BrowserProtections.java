package nl.rugzak.platform.headers;

import java.util.List;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers that protect visitors' browsers, written by Spring Security's own header writers on every answer of a
 * filter chain: pages, Vaadin's UIDL and heartbeat answers, REST and static files.
 * <p>
 * They are written before the request goes on, not (Spring's default) once the response commits: Vaadin's servlet
 * (reached from Spring MVC by a named forward) writes and commits its answers itself, and with the default the
 * headers never made it onto them: bootstrap pages, UIDL and heartbeat answers went out with Vaadin's own
 * {@code X-Frame-Options: SAMEORIGIN} only, while Spring MVC's answers had them. Written first, they are on every
 * answer; a controller that needs its own value (the widget's policy, an image's sandbox, a cacheable stylesheet)
 * sets it afterwards, which replaces ours.
 */
public final class BrowserProtections {

    /** Rugzak uses none of these; a page that could is one injected script away from asking for them. */
    static final String PERMISSIONS = "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), "
            + "display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), "
            + "payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    private BrowserProtections() {
    }

    /** The sites and the admin host: never framed, never stored when someone is logged in (Spring's no-store). */
    public static void forPages(HeadersConfigurer<HttpSecurity> headers, List<String> imageSources) {
        common(headers);
        headers.frameOptions(frame -> frame.deny())
                .addHeaderWriter(new ContentSecurityPolicy(imageSources));
    }

    /**
     * The widget other sites frame: no X-Frame-Options (its own CSP says {@code frame-ancestors *}), and cacheable for
     * a minute (it is public and the same for everyone).
     */
    public static void forFramedWidget(HeadersConfigurer<HttpSecurity> headers) {
        common(headers);
        headers.frameOptions(frame -> frame.disable()).cacheControl(cache -> cache.disable());
    }

    private static void common(HeadersConfigurer<HttpSecurity> headers) {
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentTypeOptions(nosniff -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS));
    }
}
