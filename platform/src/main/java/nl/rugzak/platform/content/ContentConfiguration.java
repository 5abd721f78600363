package nl.rugzak.platform.content;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Posting limits for every participation module. The clock every time rule of posting uses (edit window, rate
 * limits, block end dates) is the application's, from {@code nl.rugzak.tenantadmin.time.TimeConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PostingLimits.class)
class ContentConfiguration {
}
