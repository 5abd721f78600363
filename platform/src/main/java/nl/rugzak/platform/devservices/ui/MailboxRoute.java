package nl.rugzak.platform.devservices.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import nl.rugzak.platform.devservices.EmbeddedMailDefaults;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Registers the mailbox page by code, not by {@code @Route}, and only where the embedded SMTP server runs: anywhere
 * else {@code /ontwikkeling/mailbox} is not a route at all (404).
 */
@Component
@ConditionalOnProperty(name = EmbeddedMailDefaults.ACTIVE, havingValue = "true")
public class MailboxRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(MailboxView.PATH, MailboxView.class, LabLayout.class);
    }
}
