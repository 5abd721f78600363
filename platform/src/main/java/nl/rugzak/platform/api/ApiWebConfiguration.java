package nl.rugzak.platform.api;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.ConfigurableTransactionManager;

/**
 * The API's servlet filters: the shared rate limit per address right after the municipality is known (before any
 * other work), and the answer cache after security (so CORS and the security headers apply to cached answers too).
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(ApiRateLimits limits) {
        var registration = new FilterRegistrationBean<>(new ApiRateLimitFilter(limits));
        registration.addUrlPatterns(ApiController.BASE, ApiController.BASE + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAnswerCache> apiAnswerCache(Clock clock, PlatformTransactionManager transactions,
            @Value("${rugzak.api.answer-cache.ttl:PT5S}") Duration ttl) {
        ApiAnswerCache cache = new ApiAnswerCache(clock, ttl);
        if (transactions instanceof ConfigurableTransactionManager configurable) {
            configurable.addListener(cache);
        }
        var registration = new FilterRegistrationBean<>(cache);
        registration.addUrlPatterns(ApiController.BASE, ApiController.BASE + "/*");
        registration.setOrder(0);
        registration.setEnabled(ttl.isPositive());
        return registration;
    }
}
