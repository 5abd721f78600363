package nl.rugzak.tenantadmin.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.provisioning.ProvisioningStep;
import nl.rugzak.tenantadmin.registry.TenantNaming;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.registry.TextKey;
import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** Texts whose keys are made from enum names or checks at run time exist in Dutch and English. */
class ControlPlaneTextsTest {

    @Test
    void everyStatusOutcomeAndStepHasItsNameInBothLanguages() {
        List<String> keys = new ArrayList<>();
        Stream.of(TenantStatus.values()).map(TenantStatusLabels::key).forEach(keys::add);
        Stream.of(AuditLog.Outcome.values()).map(AuditLog.Outcome::key).forEach(keys::add);
        Stream.of(ProvisioningStep.values()).map(ProvisioningStep::key).forEach(keys::add);
        for (Locale language : Texts.LANGUAGES) {
            assertThat(keys).as("keys missing in " + language).allMatch(key -> Texts.has(language, key));
        }
        assertThat(TenantStatusLabels.label(Texts.ENGLISH, TenantStatus.SUSPENDED)).isEqualTo("Suspended");
        assertThat(TenantStatusLabels.label(Texts.DUTCH, TenantStatus.SUSPENDED)).isEqualTo("Opgeschort");
        assertThat(ProvisioningStep.FIRST_ADMIN.label()).isEqualTo("Eerste beheerder aanmaken");
    }

    @Test
    void everyNamingProblemReadsInBothLanguages() {
        List<TextKey> problems = Stream.of("", "a", "Hoofd Letters", "www")
                .map(slug -> TenantNaming.slugProblem(slug).orElseThrow()).toList();
        List<TextKey> hostProblems = Stream.of("", "localhost", "bad_host.nl")
                .map(host -> TenantNaming.hostProblem(host).orElseThrow()).toList();
        for (TextKey problem : Stream.concat(problems.stream(), hostProblems.stream()).toList()) {
            assertThat(Texts.has(Texts.DUTCH, problem.key()) && Texts.has(Texts.ENGLISH, problem.key()))
                    .as(problem.key()).isTrue();
            assertThat(problem.in(Texts.ENGLISH)).doesNotContain("{0}").isNotEqualTo(problem.dutch());
        }
        assertThat(problems.get(3).in(Texts.ENGLISH)).isEqualTo("The short name 'www' is reserved. Choose another one.");
        assertThat(problems.get(3).dutch()).isEqualTo("De korte naam 'www' is gereserveerd. Kies een andere.");
    }
}
