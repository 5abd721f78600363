package nl.rugzak.tenantadmin.provisioning;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.rugzak.tenantadmin.registry.TextKey;

/** Input that cannot become a tenant; maps each field to what is wrong with it, as a text key for the lab admin. */
public class TenantValidationException extends RuntimeException {

    private final Map<String, TextKey> problems;

    public TenantValidationException(Map<String, TextKey> problems) {
        super("Invalid tenant: " + problems);
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Field → what is wrong, in Dutch (for logs, the audit log and tests). */
    public Map<String, String> problems() {
        return problemsIn(Locale.forLanguageTag("nl"));
    }

    /** Field → what is wrong, in the reader's language. */
    public Map<String, String> problemsIn(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        problems.forEach((field, problem) -> texts.put(field, problem.in(locale)));
        return texts;
    }

    public Map<String, TextKey> problemKeys() {
        return problems;
    }
}
