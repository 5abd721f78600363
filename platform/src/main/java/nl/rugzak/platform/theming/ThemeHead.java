package nl.rugzak.platform.theming;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.ThemeAssetKind;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import org.springframework.stereotype.Component;

/**
 * Links the tenant's published stylesheet (and favicon) in the initial HTML, so the first paint is already in the
 * tenant's colours: no flash of the default theme, no script needed.
 */
@Component
class ThemeHead implements VaadinServiceInitListener {

    private final ThemeStore themes;

    ThemeHead(ThemeStore themes) {
        this.themes = themes;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::linkTheme);
    }

    private void linkTheme(IndexHtmlResponse response) {
        TenantContext.current().flatMap(themes::published).ifPresent(theme -> {
            var head = response.getDocument().head();
            head.appendElement("link").attr("rel", "stylesheet").attr("href", theme.stylesheetPath())
                    .attr("data-rugzak-theme", Integer.toString(theme.version()));
            PublishedTheme.ThemeAssetRef favicon = theme.assets().get(ThemeAssetKind.FAVICON);
            if (favicon != null) {
                head.select("link[rel~=icon]").remove();
                head.appendElement("link").attr("rel", "icon").attr("href", favicon.path()).attr("type", favicon.contentType());
            }
        });
    }
}
