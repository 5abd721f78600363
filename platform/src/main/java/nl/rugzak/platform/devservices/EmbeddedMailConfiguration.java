package nl.rugzak.platform.devservices;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import nl.rugzak.platform.devservices.ui.MailboxView;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default's SMTP server and its mailbox page. Both exist only when {@link EmbeddedMailDefaults} chose
 * the embedded server; otherwise {@code /ontwikkeling/mailbox} is not a route at all (404).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedMailDefaults.ACTIVE, havingValue = "true")
class EmbeddedMailConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMailServer embeddedMailServer(@Value("${spring.mail.port}") int port) {
        return EmbeddedMailServer.start(port);
    }

    /** Registered by code, not by {@code @Route}, so the page is absent wherever no embedded server runs. */
    @Bean
    VaadinServiceInitListener mailboxRoute() {
        return event -> RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(MailboxView.PATH, MailboxView.class, LabLayout.class);
    }
}
