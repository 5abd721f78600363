package nl.rugzak.tenantadmin.provisioning;

import java.util.Map;

/** Input that cannot become a tenant; maps each field to what is wrong with it, in words for the lab admin. */
public class TenantValidationException extends RuntimeException {

    private final Map<String, String> problems;

    public TenantValidationException(Map<String, String> problems) {
        super("Invalid tenant: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
