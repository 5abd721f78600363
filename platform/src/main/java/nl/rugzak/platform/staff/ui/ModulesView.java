package nl.rugzak.platform.staff.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModuleSettings;
import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.modules.ui.ModuleChooser;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantContext;

/** A municipality's own admin switches modules on and off, orders them, and sets their switches. */
@Route(value = "beheer/modules", layout = StaffLayout.class)
@RolesAllowed("tenant-admin")
public class ModulesView extends Div implements HasDynamicTitle {

    final ModuleChooser chooser;
    final Paragraph result = new Paragraph();

    public ModulesView(ModuleCatalogue catalogue, TenantRegistry registry, TenantSettings settings,
                       ModuleSettings moduleSettings) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        result.getElement().setAttribute("role", "status");
        chooser = new ModuleChooser(catalogue, tenant.modules(), chosen -> {
            try {
                settings.setOwnModules(chosen);
                result.setText(getTranslation("staff.modules.saved"));
            } catch (TenantSettings.SettingsException e) {
                result.setText(e.messageIn(getLocale()));
            }
        });
        add(new H1(getTranslation("staff.modules.title")), new Paragraph(getTranslation("staff.modules.intro")),
                chooser, result);
        catalogue.all().stream().filter(module -> !module.settings().isEmpty()).forEach(module -> {
            Div switches = new Div(new H2(getTranslation("staff.modules.settings-heading",
                    module.name(getLocale()))));
            module.settings().forEach(setting -> {
                Checkbox box = new Checkbox(setting.label(getLocale()),
                        moduleSettings.isOn(module.id(), setting.key()));
                box.addValueChangeListener(change -> {
                    moduleSettings.set(module.id(), setting.key(), change.getValue());
                    result.setText(getTranslation("staff.modules.setting-saved"));
                });
                switches.add(box);
            });
            add(switches);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.modules.title");
    }
}
