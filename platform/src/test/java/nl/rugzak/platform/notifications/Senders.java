package nl.rugzak.platform.notifications;

import java.time.Clock;
import java.time.Duration;

import nl.rugzak.platform.sharing.PublicUrls;
import nl.rugzak.tenantadmin.mail.MailIdentities;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Extra sender instances for tests and benchmarks, as a second application instance would run one: same database and
 * SMTP server, their own throttle, batch size and attempts.
 */
public final class Senders {

    private Senders() {
    }

    public static NotificationSender create(ApplicationContext context, int perSecond, int batch, int maxAttempts,
                                            Duration firstRetry) {
        return new NotificationSender(context.getBean(JdbcClient.class), context.getBean(TenantRegistry.class),
                context.getBeanProvider(ResolvableType.forClass(org.springframework.mail.javamail.JavaMailSender.class)),
                context.getBean(MailIdentities.class), context.getBean(nl.rugzak.tenantadmin.theming.ThemeStore.class),
                context.getBean(PublicUrls.class),
                context.getBean(UnsubscribeLinks.class), context.getBean(NotificationPreferences.class),
                context.getBean(PlatformTransactionManager.class), context.getBean(Clock.class), perSecond, batch,
                maxAttempts, firstRetry, Duration.ofHours(1), Duration.ofMinutes(5));
    }
}
