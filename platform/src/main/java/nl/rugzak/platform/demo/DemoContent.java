package nl.rugzak.platform.demo;

import java.util.List;

import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import nl.rugzak.platform.dashboard.ParticipationRollUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each module's demo content for the demo municipalities (its manifest's {@link ModuleDemo}), owned by the demo
 * resident where it needs an owner, written as the system, past the services' role checks. Each module seeds only
 * what is not there yet, so every start calls them all.
 */
@Component
@ConditionalOnExpression("('${spring.datasource.url:}'.isEmpty() or ${rugzak.demo.external:false}) and ${rugzak.demo.enabled:true} and !${rugzak.migrate-only:false}")
class DemoContent {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final ResidentProfiles profiles;
    private final List<ModuleManifest> modules;
    private final TransactionTemplate transactions;
    private final ParticipationRollUp rollUp;

    DemoContent(ResidentProfiles profiles, List<ModuleManifest> modules,
                PlatformTransactionManager transactions, ParticipationRollUp rollUp) {
        this.rollUp = rollUp;
        this.profiles = profiles;
        this.modules = modules;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Modules in the order their changelogs are applied (the tenant master lists them in dependency order), so a
     * module's demo can refer to what the modules it builds on seeded (initiatives link to topics).
     */
    static List<ModuleManifest> inDependencyOrder(List<ModuleManifest> modules) {
        String master;
        try (var in = DemoContent.class.getClassLoader().getResourceAsStream("db/tenant/master.yaml")) {
            master = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return modules.stream().sorted(java.util.Comparator.comparingInt(m -> master.indexOf(m.changelog()))).toList();
    }

    void seed(String slug, String residentSubject, String residentName, String residentEmail) {
        TenantContext.run(new TenantId(slug), () -> {
            profiles.recordLogin(residentSubject, residentName, residentEmail);
            long resident = profiles.find(residentSubject).orElseThrow().id();
            for (ModuleManifest module : inDependencyOrder(modules)) {
                module.demo().ifPresent(demo -> {
                    try {
                        transactions.executeWithoutResult(status -> demo.seed(new ModuleDemo.DemoSeed(slug, resident)));
                    } catch (RuntimeException e) {
                        // Demo content is a courtesy: one module's failure (rolled back whole) must not stop the site.
                        log.error("Demo content of module {} for {} failed", module.id(), slug, e);
                    }
                });
            }
            // The dashboards show the demo's figures at once, not only after the next quarter-hourly count.
            try {
                rollUp.rollUp(true);
            } catch (RuntimeException e) {
                log.error("Counting the demo figures for {} failed", slug, e);
            }
        });
    }
}
