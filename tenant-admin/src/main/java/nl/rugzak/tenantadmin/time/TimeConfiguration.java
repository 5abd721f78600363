package nl.rugzak.tenantadmin.time;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every time rule uses (edit windows, rate limits, block end dates, billing grace periods, "today" in
 * the accessibility statement), so tests can move it. It lives here, not in the platform, because the lab needs it
 * too and dependencies point from the platform to tenant-admin only.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Dates.ZONE);
    }
}
