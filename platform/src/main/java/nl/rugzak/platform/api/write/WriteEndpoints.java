package nl.rugzak.platform.api.write;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The requests the modules' write controllers ({@link ResidentWrite}) take: method and path of each of their
 * mappings. Only these need a token; any other write under {@code /api/v1} is answered by the read API's chain as
 * a method it does not take (405), whoever asks.
 */
@Component
public class WriteEndpoints implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile List<RequestMatcher> endpoints;

    WriteEndpoints(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        for (RequestMatcher endpoint : endpoints()) {
            if (endpoint.matches(request)) {
                return true;
            }
        }
        return false;
    }

    /** Read from Spring MVC's mappings on first use (they exist only once the web layer is up). */
    private List<RequestMatcher> endpoints() {
        List<RequestMatcher> known = endpoints;
        if (known == null) {
            List<RequestMatcher> found = new ArrayList<>();
            mappings.getObject().getHandlerMethods().forEach((info, method) -> {
                if (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResidentWrite.class)) {
                    found.addAll(matchers(info));
                }
            });
            known = List.copyOf(found);
            endpoints = known;
        }
        return known;
    }

    private static List<RequestMatcher> matchers(RequestMappingInfo info) {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.valueOf(method.name()), pattern));
            }
        }
        return matchers;
    }
}
