package nl.rugzak.platform.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.rugzak.tenantadmin.provisioning.ProvisioningStep;
import nl.rugzak.tenantadmin.provisioning.StepObserver;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Lets a test make a chosen provisioning step fail for a chosen tenant, as a crash or an outage would. */
@TestConfiguration(proxyBeanMethods = false)
public class FaultInjection {

    public static class Faults implements StepObserver {
        private final Set<String> armed = ConcurrentHashMap.newKeySet();

        public void failAt(TenantId tenant, ProvisioningStep step) {
            armed.add(tenant.slug() + "/" + step);
        }

        public void clear() {
            armed.clear();
        }

        @Override
        public void beforeStep(TenantId tenant, ProvisioningStep step) {
            if (armed.contains(tenant.slug() + "/" + step)) {
                throw new IllegalStateException("Injected failure at " + step);
            }
        }
    }

    @Bean
    Faults faults() {
        return new Faults();
    }

    /** Makes an adoption from the library fail at a chosen part of its copy (e.g. "phase 3"), as a crash would. */
    public static class AdoptionFaults implements nl.rugzak.platform.library.AdoptionObserver {
        private final Set<String> armed = ConcurrentHashMap.newKeySet();

        public void failAt(String kind, String part) {
            armed.add(kind + "/" + part);
        }

        public void clear() {
            armed.clear();
        }

        @Override
        public void beforeStep(String kind, String part) {
            if (armed.contains(kind + "/" + part)) {
                throw new IllegalStateException("Injected failure at " + kind + " " + part);
            }
        }
    }

    @Bean
    AdoptionFaults adoptionFaults() {
        return new AdoptionFaults();
    }
}
