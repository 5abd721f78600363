package nl.rugzak.platform.headers;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Marks the inline scripts of Vaadin's bootstrap page (which starts the client engine) with the request's nonce, so
 * the policy needs no {@code 'unsafe-inline'} for scripts, and keeps the texts inside those scripts from ending them.
 * Ordered last: it marks what every other listener (and the eager first view) added.
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
        response.getDocument().getElementsByTag("script").forEach(BootstrapScriptNonce::keepInsideScript);
    }

    /**
     * With eager server load the page carries the view's first UIDL as JSON in an inline script, and residents' texts
     * are in it as they typed them: a "</script>" in a comment would end the script there and the rest of the text
     * would be read as HTML (an injected iframe got into the moderation queue that way). "<\/" means the same inside a
     * JavaScript string, and "</" only occurs inside strings in that JSON.
     */
    private static void keepInsideScript(Element script) {
        for (DataNode data : script.dataNodes()) {
            String text = data.getWholeData();
            if (text.contains("</")) {
                data.setWholeData(text.replace("</", "<\\/"));
            }
        }
    }
}
