package nl.rugzak.platform.demo;

import java.util.List;

import nl.rugzak.platform.site.SitePage;
import nl.rugzak.platform.site.SitePageRepository;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.platform.initiatives.InitiativesModule;
import nl.rugzak.platform.topics.TopicsModule;
import nl.rugzak.tenantadmin.schemas.StartupMigrations;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
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
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${rugzak.demo.enabled:true} and !${rugzak.migrate-only:false}")
class DemoTenants implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoTenants.class);

    record Demo(String slug, String name, String host, String introTitle, String intro) {
    }

    static final List<Demo> DEMOS = List.of(
            new Demo("voorbeeld", "Gemeente Voorbeeldstad", "voorbeeld.localhost",
                    "Samen maken we Voorbeeldstad",
                    "Heeft u een idee voor uw buurt? Of wilt u meedenken over plannen van de gemeente? Hier kan het."),
            new Demo("oosterhaven", "Gemeente Oosterhaven", "oosterhaven.localhost",
                    "Oosterhaven, dat doen we samen",
                    "Bewoners van Oosterhaven zetten zich in voor hun wijk. De gemeente helpt mee en luistert."));

    private final TenantCreation creation;
    private final TenantRegistry registry;
    private final SitePageRepository pages;
    private final TenantRegistryStore store;

    DemoTenants(StartupMigrations migrationsFirst, TenantCreation creation, TenantRegistry registry,
                SitePageRepository pages, TenantRegistryStore store) {
        this.store = store;
        this.creation = creation;
        this.registry = registry;
        this.pages = pages;
    }

    @Override
    public void afterPropertiesSet() {
        for (Demo demo : DEMOS) {
            TenantId id = new TenantId(demo.slug());
            if (registry.find(id).isPresent()) {
                continue;
            }
            creation.createLeavingIdentityForLater(new NewTenant(demo.slug(), demo.name(), demo.host(), List.of(),
                    List.of("nl", "en")));
            store.setModules(id, List.of(InitiativesModule.ID, TopicsModule.ID));
            // Written as the system, not as a logged-in editor, so past the service's role check.
            TenantContext.run(id, () -> {
                SitePage home = pages.findByKey(SitePage.HOME).orElseGet(() -> new SitePage(SitePage.HOME, "", ""));
                home.rewrite(demo.introTitle(), demo.intro());
                pages.save(home);
            });
            log.info("Demo tenant {} created at http://{}:8080", demo.name(), demo.host());
        }
    }
}
