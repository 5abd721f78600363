package nl.rugzak.platform.site;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: Lumo plus Rugzak's base theme, both driven by CSS custom properties. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("rugzak/base.css")
public class SiteShell implements AppShellConfigurator {

    /** Rugzak's own icon until a municipality's theme brings one (the theme's replaces it). */
    public static final String DEFAULT_ICON = "/rugzak/favicon.svg";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink(DEFAULT_ICON, java.util.Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
