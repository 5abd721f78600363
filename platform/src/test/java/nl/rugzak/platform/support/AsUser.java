package nl.rugzak.platform.support;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs service calls as someone with the given realm roles, for tests that call services directly. It uses the
 * application's own security context strategy (Vaadin installs one per application context), not the static holder.
 */
public final class AsUser {

    private final SecurityContextHolderStrategy strategy;

    public AsUser(ApplicationContext application) {
        this.strategy = application.getBean(SecurityContextHolderStrategy.class);
    }

    public <T> T withRoles(Supplier<T> work, String... roles) {
        var previous = strategy.getContext();
        var context = strategy.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("test-user", "n/a",
                Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new)));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    public void run(Runnable work, String... roles) {
        withRoles(() -> {
            work.run();
            return null;
        }, roles);
    }
}
