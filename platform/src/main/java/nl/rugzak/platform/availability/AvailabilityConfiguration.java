package nl.rugzak.platform.availability;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class AvailabilityConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseAvailability databaseAvailability(DataSource dataSource) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        DatabaseAvailability availability = new DatabaseAvailability(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword(), () -> {
                    var connections = pool.getHikariPoolMXBean();
                    if (connections != null) {
                        connections.softEvictConnections();
                    }
                });
        availability.startWatching();
        return availability;
    }

    /** The very first filter: before the tenant is looked up, since that lookup needs the database too. */
    @Bean
    FilterRegistrationBean<DatabaseOutageGate> databaseOutageGate(DatabaseAvailability availability) {
        var registration = new FilterRegistrationBean<>(new DatabaseOutageGate(availability));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Readiness includes it: without its database the application cannot serve anyone. */
    @Bean
    HealthIndicator databaseHealthIndicator(DatabaseAvailability availability) {
        return () -> availability.isAvailable() ? Health.up().build() : Health.down().build();
    }
}
