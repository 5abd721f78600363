package nl.rugzak.platform.support;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as someone with the given realm roles, for tests that call services directly. */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T withRoles(Supplier<T> work, String... roles) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("test-user", "n/a",
                Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work, String... roles) {
        withRoles(() -> {
            work.run();
            return null;
        }, roles);
    }
}
