package nl.rugzak.platform.modules;

import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.modules.ModuleSetting;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A module's switches at the current municipality: its declared default until a tenant admin changes it. */
@Service
public class ModuleSettings {

    private final JdbcClient jdbc;
    private final ModuleCatalogue catalogue;

    // Lazy: the catalogue is made of the modules' manifests, whose services read their settings here.
    public ModuleSettings(JdbcClient jdbc, @Lazy ModuleCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    public boolean isOn(String moduleId, String key) {
        ModuleSetting setting = declared(moduleId, key);
        TenantContext.require();
        return jdbc.sql("SELECT value FROM module_setting WHERE module_id = ? AND setting_key = ?")
                .params(moduleId, key).query(String.class).optional()
                .map(Boolean::parseBoolean).orElse(setting.defaultValue());
    }

    @Transactional
    @PreAuthorize("hasRole('tenant-admin')")
    public void set(String moduleId, String key, boolean on) {
        declared(moduleId, key);
        TenantContext.require();
        jdbc.sql("""
                        INSERT INTO module_setting (module_id, setting_key, value) VALUES (?, ?, ?)
                        ON CONFLICT (module_id, setting_key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()""")
                .params(moduleId, key, Boolean.toString(on)).update();
    }

    private ModuleSetting declared(String moduleId, String key) {
        return catalogue.find(moduleId).flatMap(m -> m.settings().stream().filter(s -> s.key().equals(key)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("Onbekende instelling " + moduleId + "." + key));
    }
}
