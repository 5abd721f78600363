package nl.rugzak.platform.site;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: Lumo plus Rugzak's base theme, both driven by CSS custom properties. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("rugzak/base.css")
public class SiteShell implements AppShellConfigurator {
}
