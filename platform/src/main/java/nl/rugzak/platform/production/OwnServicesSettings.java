package nl.rugzak.platform.production;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Lets the services a development build starts itself (the embedded default) settle their settings before any bean
 * exists, e.g. pointing {@code spring.mail.*} at an SMTP server of its own. They list their post-processors in
 * {@value #LOCATION} rather than in {@code META-INF/spring.factories}: a jar has only one of those and the production
 * jar needs it, while this list is left out of the production jar together with the services it names.
 */
public class OwnServicesSettings implements EnvironmentPostProcessor, Ordered {

    static final String LOCATION = "META-INF/rugzak/own-services.factories";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ClassLoader classLoader = application == null ? null : application.getClassLoader();
        SpringFactoriesLoader.forResourceLocation(LOCATION, classLoader).load(EnvironmentPostProcessor.class)
                .forEach(processor -> processor.postProcessEnvironment(environment, application));
    }

    @Override
    public int getOrder() {
        // After production mode has decided (it turns every embedded service off) and the configuration files are read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
