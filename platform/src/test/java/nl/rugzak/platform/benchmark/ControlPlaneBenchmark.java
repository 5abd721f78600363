package nl.rugzak.platform.benchmark;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.FirstAdmin;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.ProvisioningPipeline;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From the wizard's submit (the pipeline starts) until the new municipality's home page answers 200 on its own
 * domain, with all steps (registry, schema, migrations, realm, first admin, starter content, activation).
 * Writes benchmarks/results/control-plane.md. Run: ./mvnw -Pbenchmark,production -pl platform -am verify
 */
@Tag("benchmark")
class ControlPlaneBenchmark extends IntegrationTest {

    @Autowired
    ProvisioningPipeline pipeline;

    @Test
    void submitToHomePage() throws Exception {
        awaitIdentity();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String slug = "snelstad-" + i;
            ProvisioningRequest request = new ProvisioningRequest(
                    new NewTenant(slug, "Gemeente Snelstad " + i, slug + ".localhost", List.of(), List.of("nl", "en")),
                    new FirstAdmin("Sam", "Snel", "sam@" + slug + ".example"), List.of());
            long started = System.nanoTime();
            asUser().withRoles(() -> pipeline.start(request), "lab-admin");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> site(slug + ".localhost").get("/").statusCode() == 200);
            millis.add(Stats.millisSince(started));
        }
        String report = "# Control-plane benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL and Keycloak)\n\n"
                + "## Wizard submit → new tenant's home page served on its domain, ms\n"
                + Stats.summary(millis.subList(1, millis.size())) + "  (target p95 ≤ 5000, aim ≤ 3000; first run excluded: "
                + String.format("%.0f", millis.getFirst()) + " ms)\n";
        System.out.println(report);
        Files.writeString(Stats.resultsFolder().resolve("control-plane.md"), report);
    }
}
