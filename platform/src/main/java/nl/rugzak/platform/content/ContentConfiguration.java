package nl.rugzak.platform.content;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every time rule of posting uses (edit window, rate limits, block end dates), so tests can move it.
 * Dates are Dutch dates: a block "until 5 December" ends at midnight in Amsterdam.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PostingLimits.class)
class ContentConfiguration {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(DUTCH_TIME);
    }
}
