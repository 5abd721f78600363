package nl.rugzak.platform.headers;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Marks the inline scripts of Vaadin's bootstrap page (which starts the client engine) with the request's nonce, so
 * the policy needs no {@code 'unsafe-inline'} for scripts. Ordered last: it marks what every other listener added.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BootstrapScriptNonce implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::mark);
    }

    private void mark(IndexHtmlResponse response) {
        if (response.getVaadinRequest() instanceof VaadinServletRequest request) {
            response.getDocument().getElementsByTag("script").attr("nonce", ScriptNonce.of(request.getHttpServletRequest()));
        }
    }
}
