package nl.rugzak.tenantadmin.registry;

import java.sql.SQLException;

/**
 * The database refused a new tenant place because the lab's cap is reached (SQLSTATE {@value #SQL_STATE}, raised by
 * the control schema's {@code tenant_cap_guard}). Callers turn it into their own clear refusal.
 */
public final class TenantCapReached {

    public static final String SQL_STATE = "RZ001";

    private TenantCapReached() {
    }

    /** Whether the cap rule is what made this fail, wherever in the cause chain the database's error sits. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
