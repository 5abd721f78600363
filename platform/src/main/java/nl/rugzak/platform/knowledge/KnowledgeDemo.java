package nl.rugzak.platform.knowledge;

import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The embedded default's knowledge item, with one comment from a demo municipality, so staff see how the learning
 * circle talks. Seeded once (the title is unique); an item the lab removed or renamed is not brought back twice.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${rugzak.demo.enabled:true} and !${rugzak.migrate-only:false}")
class KnowledgeDemo {

    static final String TITLE = "Vijf lessen over een peiling die veel mensen bereikt";
    static final String BODY = """
            Een peiling is de snelste manier om veel bewoners te horen. Dit leerden de gemeenten in de leerkring:

            1. **Eén vraag** werkt beter dan vijf. Wie meer wil weten, maakt een vragenlijst.
            2. Zeg vooraf **wat u met de uitkomst doet**.
            3. Laat de peiling twee tot drie weken open staan.
            4. Zet de peiling ook in de nieuwsbrief en op sociale media (de embedbare widget helpt).
            5. Deel de uitslag, ook als die anders is dan verwacht.

            Kijk op het dashboard van uw gemeente hoeveel mensen uw peilingen bereikten.""";
    static final String COMMENT = "Bij ons werkte tip 2 heel goed: we kregen twee keer zoveel stemmen.";

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    private final TenantRegistry registry;
    private final SafeMarkdown markdown;

    KnowledgeDemo(JdbcClient jdbc, ControlPlaneWork controlPlane, TenantRegistry registry, SafeMarkdown markdown) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
        this.registry = registry;
        this.markdown = markdown;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        var oosterhaven = registry.find(new TenantId("oosterhaven"));
        controlPlane.run(() -> {
            var added = jdbc.sql("""
                            INSERT INTO control.knowledge_item (title, body, body_html, published_at) VALUES (?, ?, ?, now())
                            ON CONFLICT (lower(title)) DO NOTHING RETURNING id""")
                    .params(TITLE, BODY, markdown.toHtml(BODY)).query(Long.class).optional();
            if (added.isPresent() && oosterhaven.isPresent()) {
                jdbc.sql("""
                                INSERT INTO control.knowledge_comment (item_id, tenant_slug, tenant_name, body, body_html)
                                VALUES (?, ?, ?, ?, ?)""")
                        .params(added.get(), "oosterhaven", oosterhaven.get().displayName(), COMMENT,
                                markdown.toHtml(COMMENT)).update();
            }
        });
    }
}
