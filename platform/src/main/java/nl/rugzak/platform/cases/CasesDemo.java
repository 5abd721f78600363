package nl.rugzak.platform.cases;

import java.util.List;

import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The embedded default's case pages for the two demo municipalities, so the learning circle is not empty on a first
 * start. Written once: a case the lab has edited since is left alone.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${rugzak.demo.enabled:true} and !${rugzak.migrate-only:false}")
class CasesDemo {

    record DemoCase(String slug, String question, String approach, String learned, List<LabCases.Link> links) {
    }

    static final List<DemoCase> CASES = List.of(
            new DemoCase("voorbeeld", "Hoe richten we het Marktplein opnieuw in, samen met de mensen die er wonen en werken?",
                    """
                    - Een project in vier fasen: ophalen, ontwerpen, kiezen en uitvoeren.
                    - In de eerste fase konden bewoners ideeën insturen en steunen.
                    - Een peiling liet bewoners kiezen uit drie ontwerpen.""",
                    """
                    - **Vroeg beginnen loont**: in de eerste fase kwamen de meeste ideeën binnen.
                    - Een korte peiling bereikte veel meer mensen dan een bijeenkomst.
                    - Laat in elke fase zien wat er met de ideeën is gedaan.""",
                    List.of(new LabCases.Link("Projecten van Voorbeeldstad", "http://voorbeeld.localhost:8080/projecten"))),
            new DemoCase("oosterhaven", "Hoe krijgen we jongeren in Oosterhaven betrokken bij hun wijk?",
                    """
                    - Bewonersinitiatieven van jongeren kregen hulp van de gemeente.
                    - Een buurtbudget liet de wijk zelf kiezen wat er met het geld gebeurt.""",
                    """
                    - Jongeren doen mee als het snel gaat en ze het resultaat zien.
                    - Een budget met een duidelijk bedrag maakt meedoen concreet.""",
                    List.of(new LabCases.Link("Initiatieven in Oosterhaven", "http://oosterhaven.localhost:8080/initiatieven"))));

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    private final TenantRegistry registry;

    CasesDemo(JdbcClient jdbc, ControlPlaneWork controlPlane, TenantRegistry registry) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        for (DemoCase demo : CASES) {
            if (registry.find(new TenantId(demo.slug())).isEmpty()) {
                continue;
            }
            // Written as the system (past the lab's role check); nothing if the case exists.
            controlPlane.run(() -> {
                int added = jdbc.sql("""
                                INSERT INTO control.lab_case (tenant_slug, question, approach, learned) VALUES (?, ?, ?, ?)
                                ON CONFLICT (tenant_slug) DO NOTHING""")
                        .params(demo.slug(), demo.question(), demo.approach(), demo.learned()).update();
                for (int i = 0; added > 0 && i < demo.links().size(); i++) {
                    jdbc.sql("INSERT INTO control.lab_case_link (tenant_slug, title, url, position) VALUES (?, ?, ?, ?)")
                            .params(demo.slug(), demo.links().get(i).title(), demo.links().get(i).url(), i).update();
                }
            });
        }
    }
}
