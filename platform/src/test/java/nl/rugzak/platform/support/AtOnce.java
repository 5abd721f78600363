package nl.rugzak.platform.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The same action by many logins (or one login many times) released at the same moment, 16 threads at a time, at one
 * municipality: what double clicks, two tabs and a surge of residents do to a service. The results come back in the
 * order of the logins; an action that threw fails the call with its exception.
 */
public final class AtOnce {

    private AtOnce() {
    }

    public static <T> List<T> run(SecurityContextHolderStrategy security, List<? extends Authentication> logins,
                                  TenantId tenant, Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(16, logins.size()));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> outcomes = new ArrayList<>();
        for (Authentication login : logins) {
            outcomes.add(pool.submit(() -> {
                var context = security.createEmptyContext();
                context.setAuthentication(login);
                security.setContext(context);
                start.await();
                try {
                    return TenantContext.call(tenant, action);
                } finally {
                    security.clearContext();
                }
            }));
        }
        start.countDown();
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> outcome : outcomes) {
                results.add(outcome.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
