package nl.rugzak.platform.demo;

import java.util.List;

import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Topics and initiatives for the demo municipalities, owned by the demo resident, written once (only into a
 * municipality that has none yet) as the system, past the services' role checks.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${rugzak.demo.enabled:true} and !${rugzak.migrate-only:false}")
class DemoContent {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final JdbcClient jdbc;
    private final ResidentProfiles profiles;
    private final List<ModuleManifest> modules;
    private final TransactionTemplate transactions;

    DemoContent(JdbcClient jdbc, ResidentProfiles profiles, List<ModuleManifest> modules,
                PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.modules = modules;
        this.transactions = new TransactionTemplate(transactions);
    }

    void seed(String slug, String residentSubject, String residentName, String residentEmail) {
        TenantContext.run(new TenantId(slug), () -> {
            profiles.recordLogin(residentSubject, residentName, residentEmail);
            long resident = profiles.find(residentSubject).orElseThrow().id();
            seedShared(slug, resident);
            for (ModuleManifest module : modules) {
                module.demo().ifPresent(demo -> {
                    try {
                        transactions.executeWithoutResult(status -> demo.seed(new ModuleDemo.DemoSeed(slug, resident)));
                    } catch (RuntimeException e) {
                        // Demo content is a courtesy: one module's failure (rolled back whole) must not stop the site.
                        log.error("Demo content of module {} for {} failed", module.id(), slug, e);
                    }
                });
            }
        });
    }

    private void seedShared(String slug, long owner) {
        if (jdbc.sql("SELECT count(*) FROM policy_topic").query(Long.class).single() > 0) {
            return;
        }
        boolean voorbeeld = slug.equals("voorbeeld");
        long green = topic(voorbeeld ? "Meer groen in de wijken" : "Een levendige haven",
                voorbeeld ? "We willen in elke wijk meer bomen, geveltuinen en plekken om elkaar te ontmoeten."
                        : "De oude haven wordt een plek om te wonen, te werken en elkaar te ontmoeten.",
                "PREPARING");
        topic(voorbeeld ? "Veilig naar school" : "Samen tegen eenzaamheid",
                voorbeeld ? "Kinderen moeten veilig kunnen lopen en fietsen naar school."
                        : "Niemand in Oosterhaven hoeft er alleen voor te staan.",
                "EXPLORING");
        Long category = jdbc.sql("SELECT id FROM initiative_category ORDER BY position LIMIT 1").query(Long.class)
                .optional().orElse(null);
        long first = initiative(owner, category, voorbeeld ? "Geveltuinen in de Lindestraat" : "Buurtkamer aan de kade",
                voorbeeld ? "Samen met de buren leggen we geveltuintjes aan langs de hele straat."
                        : "Een plek waar buren koffie drinken, klussen en elkaar helpen.",
                voorbeeld ? "Lindestraat" : "Havenkwartier", "IN_CONVERSATION");
        initiative(owner, category, voorbeeld ? "Speeltuin De Eik opknappen" : "Repair café in de bibliotheek",
                voorbeeld ? "De speeltuin is verouderd. Wij willen hem samen met de kinderen opknappen."
                        : "Elke maand repareren vrijwilligers spullen, zodat minder wordt weggegooid.",
                voorbeeld ? "Wijk De Eik" : "Centrum", "PUBLISHED");
        jdbc.sql("INSERT INTO initiative_response (initiative_id, body, author_name) VALUES (?, ?, ?)")
                .params(first, "Mooi plan! We nemen contact met u op om te kijken hoe de gemeente kan helpen.",
                        "Roos Redacteur").update();
        jdbc.sql("""
                INSERT INTO initiative_topic_link (initiative_id, topic_id, state, proposed_by, decided_by, decided_at)
                VALUES (?, ?, 'ACCEPTED', 'Gemeente', 'Gemeente', now())""").params(first, green).update();
    }

    private long topic(String title, String summary, String status) {
        return jdbc.sql("INSERT INTO policy_topic (title, summary, plans, status) VALUES (?, ?, ?, ?) RETURNING id")
                .params(title, summary, summary, status).query(Long.class).single();
    }

    private long initiative(long owner, Long category, String title, String summary, String place, String status) {
        long id = jdbc.sql("""
                        INSERT INTO initiative (owner_id, title, summary, description, place, category_id, status,
                                                supporter_count, published_at, help_wanted)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 0, now(), 'Handige buren en een beetje tijd.') RETURNING id""")
                .params(owner, title, summary, summary, place, category, status).query(Long.class).single();
        jdbc.sql("INSERT INTO initiative_status_change (initiative_id, from_status, to_status, changed_by) VALUES (?, 'DRAFT', ?, ?)")
                .params(id, status, "Demo").update();
        return id;
    }
}
