package nl.rugzak.platform.support;

import java.lang.reflect.InvocationTargetException;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the integration tests get PostgreSQL and Keycloak from. By default from the application's own embedded
 * default (nothing to do here). Under the Maven profile {@code testcontainers} the class {@value #CONTAINERS} is on
 * the test classpath (src/test-testcontainers), the profile sets {@value #SWITCH}, and the application is pointed at
 * containers instead. Looked up by name so
 * that the default build compiles, and runs, without Testcontainers and without Docker.
 */
final class ExternalTestServices {

    static final String CONTAINERS = "nl.rugzak.platform.support.containers.ContainerServices";
    /** Set by the profile (its argLine), so that only a run under the profile uses containers. */
    static final String SWITCH = "rugzak.test.containers";

    private ExternalTestServices() {
    }

    static void register(DynamicPropertyRegistry registry) {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        Class<?> containers;
        try {
            containers = Class.forName(CONTAINERS);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(SWITCH + " is set but " + CONTAINERS + " is missing: run with -Ptestcontainers");
        }
        try {
            containers.getMethod("register", DynamicPropertyRegistry.class).invoke(null, registry);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not start the test containers (is a Docker engine running?)",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Broken " + CONTAINERS, e);
        }
    }
}
