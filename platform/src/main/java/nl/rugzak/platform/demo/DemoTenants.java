package nl.rugzak.platform.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.site.SitePage;
import nl.rugzak.platform.site.SitePageRepository;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.schemas.StartupMigrations;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.ThemeDraft;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import nl.rugzak.themes.tokens.ThemeTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Two fictional municipalities for the embedded default, created once and kept afterwards (a restart changes
 * nothing that was edited since). Never runs against an external database.
 */
@Component
@ConditionalOnExpression("('${spring.datasource.url:}'.isEmpty() or ${rugzak.demo.external:false}) and ${rugzak.demo.enabled:true} and !${rugzak.migrate-only:false}")
class DemoTenants implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoTenants.class);

    record Demo(String slug, String name, String host, String introTitle, String intro, ThemeTokens theme) {
    }

    static final List<Demo> DEMOS = List.of(
            new Demo("voorbeeld", "Gemeente Voorbeeldstad", "voorbeeld.localhost",
                    "Samen maken we Voorbeeldstad",
                    "Heeft u een idee voor uw buurt? Of wilt u meedenken over plannen van de gemeente? Hier kan het.",
                    theme(Map.of("primary", "#0a5c36", "primary-contrast", "#ffffff", "accent", "#0a5c36",
                            "background", "#ffffff", "surface", "#eef5f0", "text", "#1b1b1b", "link", "#0a5c36",
                            "focus", "#b34700", "error", "#b00020", "success", "#1e7b34"), "VERDANA", 17, 4)),
            new Demo("oosterhaven", "Gemeente Oosterhaven", "oosterhaven.localhost",
                    "Oosterhaven, dat doen we samen",
                    "Bewoners van Oosterhaven zetten zich in voor hun wijk. De gemeente helpt mee en luistert.",
                    theme(Map.of("primary", "#7a1f5c", "primary-contrast", "#ffffff", "accent", "#005f73",
                            "background", "#fffdf7", "surface", "#f3efe6", "text", "#222222", "link", "#7a1f5c",
                            "focus", "#005f73", "error", "#a4001d", "success", "#2f6b1e"), "GEORGIA", 18, 12)));

    private static ThemeTokens theme(Map<String, String> colours, String font, int size, int radius) {
        Map<String, String> values = new HashMap<>(colours);
        values.put("font", font);
        values.put("base-size", Integer.toString(size));
        values.put("radius", Integer.toString(radius));
        return ThemeTokens.fromMap(values);
    }

    private final TenantCreation creation;
    private final TenantRegistry registry;
    private final SitePageRepository pages;
    private final TenantRegistryStore store;
    private final ThemeStore themes;
    private final List<ModuleManifest> modules;

    DemoTenants(StartupMigrations migrationsFirst, TenantCreation creation, TenantRegistry registry,
                SitePageRepository pages, TenantRegistryStore store, ThemeStore themes, List<ModuleManifest> modules) {
        this.modules = modules;
        this.store = store;
        this.creation = creation;
        this.registry = registry;
        this.pages = pages;
        this.themes = themes;
    }

    @Override
    public void afterPropertiesSet() {
        for (Demo demo : DEMOS) {
            TenantId id = new TenantId(demo.slug());
            if (registry.find(id).isPresent()) {
                seedTheme(demo, id);
                continue;
            }
            creation.createLeavingIdentityForLater(new NewTenant(demo.slug(), demo.name(), demo.host(), List.of(),
                    List.of("nl", "en")));
            // Every module, in the order their changelogs build on each other (topics before what feeds into them).
            store.setModules(id, DemoContent.inDependencyOrder(modules).stream().map(ModuleManifest::id).toList());
            // Written as the system, not as a logged-in editor, so past the service's role check.
            TenantContext.run(id, () -> {
                SitePage home = pages.findByKey(SitePage.HOME).orElseGet(() -> new SitePage(SitePage.HOME, "", ""));
                home.rewrite(demo.introTitle(), demo.intro());
                pages.save(home);
            });
            seedTheme(demo, id);
            log.info("Demo tenant {} created at http://{}:8080", demo.name(), demo.host());
        }
    }

    /** Each demo gets its own published theme once; a theme edited since is left alone. */
    private void seedTheme(Demo demo, TenantId id) {
        if (themes.versions(id).isEmpty()) {
            int version = themes.saveDraft(id, new ThemeDraft(demo.theme(), Map.of()), LabActor.SYSTEM);
            themes.publish(id, version);
        }
    }
}
