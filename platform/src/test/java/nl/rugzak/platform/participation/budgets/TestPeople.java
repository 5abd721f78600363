package nl.rugzak.platform.participation.budgets;

import java.util.function.Supplier;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * People of a municipality for service-level tests, logged in through the application's own security context with
 * the realm roles their demo namesakes have (redacteur: editor, beheerder: tenant-admin, moderator: moderator,
 * anyone else: resident). Their subject is per municipality, so "stemmer" at Voorbeeldstad and at Oosterhaven are
 * two people, as two realms' accounts are. Needs no Keycloak: the budget services only ask who is logged in.
 */
public final class TestPeople {

    private final SecurityContextHolderStrategy security;

    public TestPeople(ApplicationContext application) {
        this.security = application.getBean(SecurityContextHolderStrategy.class);
    }

    /**
     * The demo municipality's budget, seeded here when the demo seeder has not run (it waits for Keycloak's accounts);
     * seeding is idempotent, so this changes nothing when it has.
     */
    public static void demoBudgets(ApplicationContext application, String realm) {
        var demo = application.getBean(BudgetsDemo.class);
        var transactions = new org.springframework.transaction.support.TransactionTemplate(
                application.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        TenantContext.run(new TenantId(realm), () -> transactions.executeWithoutResult(status ->
                demo.seed(new nl.rugzak.platform.participation.ModuleDemo.DemoSeed(realm, 0))));
    }

    public static Authentication login(String realm, String user) {
        String role = switch (user) {
            case "redacteur" -> "editor";
            case "beheerder" -> "tenant-admin";
            case "moderator" -> "moderator";
            default -> "resident";
        };
        var token = new TestingAuthenticationToken(realm + "-" + user, "n/a", "ROLE_" + role);
        token.setAuthenticated(true);
        return token;
    }

    public <T> T as(String realm, String user, Supplier<T> work) {
        var previous = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(login(realm, user));
        security.setContext(context);
        try {
            return TenantContext.call(new TenantId(realm), work::get);
        } finally {
            security.setContext(previous);
        }
    }

    public void run(String realm, String user, Runnable work) {
        as(realm, user, () -> {
            work.run();
            return null;
        });
    }
}
