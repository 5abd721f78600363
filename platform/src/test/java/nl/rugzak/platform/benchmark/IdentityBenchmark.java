package nl.rugzak.platform.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.Tenant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Realm provisioning for a new tenant (realm, roles, client, mapper) and the login round trip through Keycloak's
 * pages (start at /inloggen, submit the form, land back on the site). Writes benchmarks/results/identity.md.
 * Run: ./mvnw -Pbenchmark,production -pl platform -am verify
 */
@Tag("benchmark")
class IdentityBenchmark extends IntegrationTest {

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantRealms realms;

    @Test
    void identity() throws Exception {
        awaitIdentity();
        List<Double> provisioning = new ArrayList<>();
        List<Double> reprovisioning = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Tenant tenant = creation.create(new NewTenant("realm-bench-" + i, "Gemeente Bench " + i,
                    "realm-bench-" + i + ".localhost", List.of(), List.of("nl", "en")));
            realms.server().admin().realm(tenant.id().slug()).remove();
            long started = System.nanoTime();
            realms.provision(tenant);
            provisioning.add(Stats.millisSince(started));
            started = System.nanoTime();
            realms.provision(tenant);
            reprovisioning.add(Stats.millisSince(started));
        }
        List<Double> logins = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Browser browser = browser();
            long started = System.nanoTime();
            browser.logIn("voorbeeld.localhost:" + port, "bewoner", "rugzak-demo-2026");
            logins.add(Stats.millisSince(started));
        }
        String report = "# Identity benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded Keycloak 26.7.3)\n\n"
                + "## New realm provisioned (realm, roles, default role, client, roles mapper), ms\n"
                + Stats.summary(provisioning.subList(1, provisioning.size())) + "  (target ≤ 2000; first run excluded: "
                + String.format("%.0f", provisioning.getFirst()) + " ms)\n\n"
                + "## Re-provisioning an up-to-date realm, ms\n" + Stats.summary(reprovisioning) + "\n\n"
                + "## Login round trip (/inloggen → Keycloak form → callback → home page), ms\n"
                + Stats.summary(logins.subList(2, logins.size())) + "  (first two excluded as warm-up)\n";
        System.out.println(report);
        Path results = Stats.resultsFolder();
        Files.writeString(results.resolve("identity.md"), report);
    }
}
