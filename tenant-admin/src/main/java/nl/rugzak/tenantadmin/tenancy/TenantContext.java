package nl.rugzak.tenantadmin.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.MDC;

/**
 * The tenant the current thread works for. It is only ever set for the length of a call, and restored after it,
 * so a pooled thread never keeps a tenant from earlier work. There is no default tenant: without one, database
 * connections act as the application user, which has no access to any tenant schema.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static TenantId require() {
        TenantId tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantException();
        }
        return tenant;
    }

    public static void run(TenantId tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(TenantId tenant, Callable<T> work) {
        return callAs(java.util.Objects.requireNonNull(tenant), work);
    }

    /** Runs work as the application user, e.g. control-plane work started from within a tenant's request. */
    public static <T> T callWithoutTenant(Callable<T> work) {
        return callAs(null, work);
    }

    private static <T> T callAs(TenantId tenant, Callable<T> work) {
        TenantId previous = CURRENT.get();
        set(tenant);
        try {
            return work.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new TenantWorkException(e);
        } finally {
            set(previous);
        }
    }

    /**
     * Runs the servlet filter chain for one tenant, or for none when {@code tenant} is null (the admin host); kept
     * separate because the chain throws checked exceptions.
     */
    public static <X extends Exception> void runChecked(TenantId tenant, CheckedWork<X> work) throws X {
        TenantId previous = CURRENT.get();
        set(tenant);
        try {
            work.run();
        } finally {
            set(previous);
        }
    }

    /** The MDC key of the tenant: every log line written for a tenant names it (plain and JSON logs alike). */
    public static final String MDC_KEY = "tenant";

    private static void set(TenantId tenant) {
        if (tenant == null) {
            CURRENT.remove();
            MDC.remove(MDC_KEY);
        } else {
            CURRENT.set(tenant);
            MDC.put(MDC_KEY, tenant.slug());
        }
    }

    @FunctionalInterface
    public interface CheckedWork<X extends Exception> {
        void run() throws X;
    }

    public static final class NoTenantException extends IllegalStateException {
        NoTenantException() {
            super("This work needs a tenant, and none is set for this thread");
        }
    }

    public static final class TenantWorkException extends RuntimeException {
        TenantWorkException(Exception cause) {
            super(cause);
        }
    }
}
