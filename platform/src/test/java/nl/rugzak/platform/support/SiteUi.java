package nl.rugzak.platform.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A municipality's site in a browserless Vaadin UI (karibu), with the real Spring context behind it: as a visitor
 * or logged in as a real user of the municipality's realm. The steps run on this thread, inside the tenant.
 */
public final class SiteUi {

    private final ApplicationContext application;
    private final DemoUsers users;

    public SiteUi(ApplicationContext application) {
        this.application = application;
        this.users = application.getBean(DemoUsers.class);
    }

    /** Runs the steps at the realm's site; username null means an anonymous visitor. */
    public void visit(String realm, String username, Runnable steps) {
        SecurityContextHolderStrategy security = application.getBean(SecurityContextHolderStrategy.class);
        Authentication login = username == null ? null : users.login(realm, username);
        var previous = security.getContext();
        // Vaadin's AuthenticationContext reads the static holder, which a second application context in the same
        // test JVM (the restart test) points at another strategy than this context's bean: set both.
        var previousStatic = org.springframework.security.core.context.SecurityContextHolder.getContext();
        TenantContext.run(new TenantId(realm), () -> {
            var context = security.createEmptyContext();
            context.setAuthentication(login);
            security.setContext(context);
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            BrowserlessUi.open(application, login);
            try {
                steps.run();
            } finally {
                MockVaadin.tearDown();
                security.setContext(previous);
                org.springframework.security.core.context.SecurityContextHolder.setContext(previousStatic);
            }
        });
    }
}
