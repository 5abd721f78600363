package nl.rugzak.platform.operations;

import io.micrometer.core.instrument.Metrics;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts what residents do per module and municipality ({@code rugzak.participation}, tags {@code module},
 * {@code action}, {@code tenant}): votes, ballots, supports, reactions, comments. A module's service calls
 * {@link #counted} where it records the act; inside a transaction the count waits for the commit, so a refused or
 * rolled-back act is not counted. Through Micrometer's global registry (Boot adds its registries to it), so a
 * module needs no extra collaborator for one line of bookkeeping.
 */
public final class Participation {

    private Participation() {
    }

    public static void counted(String module, String action) {
        String tenant = TenantTag.current();
        Runnable count = () -> Metrics.counter("rugzak.participation", "module", module, "action", action,
                "tenant", tenant).increment();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}
