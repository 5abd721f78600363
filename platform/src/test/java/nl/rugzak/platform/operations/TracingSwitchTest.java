package nl.rugzak.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class TracingSwitchTest {

    @Test
    void offByDefaultTheTracingAutoConfigurationsAreLeftOutAndOtherExclusionsStay() {
        var environment = environment(Map.of("spring.autoconfigure.exclude", "com.example.SomethingElse"));
        new TracingSwitch().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.autoconfigure.exclude").split(","))
                .contains("com.example.SomethingElse")
                .containsAll(TracingSwitch.TRACING_AUTO_CONFIGURATIONS);
    }

    @Test
    void switchedOnNothingIsLeftOut() {
        var environment = environment(Map.of(TracingSwitch.ENABLED, "true"));
        new TracingSwitch().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.autoconfigure.exclude")).isNull();
    }

    @Test
    void theLeftOutClassesExistSoABootUpgradeCannotSilentlyTurnTracingBackOn() throws Exception {
        for (String name : TracingSwitch.TRACING_AUTO_CONFIGURATIONS) {
            assertThat(Class.forName(name, false, getClass().getClassLoader())).isNotNull();
        }
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
