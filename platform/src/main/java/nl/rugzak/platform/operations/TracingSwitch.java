package nl.rugzak.platform.operations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Tracing stays out of the application unless {@code RUGZAK_TRACING_ENABLED=true}. Boot 4 has no switch that removes
 * the tracer: with the OpenTelemetry starter present, every observed request starts a span and extracts propagation
 * headers even when nothing is sampled or exported (about a tenth of a cached API read's CPU, JFR 2026-12-03). Leaving
 * the tracing auto-configuration out is the off switch; switched on, Boot's own settings apply unchanged
 * ({@code management.tracing.sampling.probability}, {@code management.opentelemetry.tracing.export.otlp.endpoint}).
 */
public class TracingSwitch implements EnvironmentPostProcessor, Ordered {

    public static final String ENABLED = "rugzak.tracing.enabled";
    static final String SOURCE = "rugzak-tracing-off";
    static final List<String> TRACING_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration");
    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        // Whatever else was excluded stays excluded: the property is one list, and this source wins over the files.
        Set<String> excluded = new LinkedHashSet<>(
                StringUtils.commaDelimitedListToSet(environment.getProperty(EXCLUDE, "")));
        excluded.remove("");
        excluded.addAll(TRACING_AUTO_CONFIGURATIONS);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE,
                Map.of(EXCLUDE, String.join(",", excluded))));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }
}
