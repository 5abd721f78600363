package nl.rugzak.tenantadmin.tenancy;

import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work on the control schema as the application user, in a transaction of its own. Joining a surrounding
 * transaction could mean joining a tenant's connection, which acts as the tenant's role and may not read
 * {@code control} at all.
 */
@Component
public class ControlPlaneWork {

    private final TransactionTemplate ownTransaction;

    public ControlPlaneWork(PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T call(Callable<T> work) {
        return TenantContext.callWithoutTenant(() -> ownTransaction.execute(status -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
