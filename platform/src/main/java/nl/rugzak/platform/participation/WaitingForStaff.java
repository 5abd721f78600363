package nl.rugzak.platform.participation;

import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import nl.rugzak.tenantadmin.text.Texts;

/**
 * One counter on the back office's start page: what waits for staff in a module, for the roles that can act on it.
 * {@code key} has a singular ({@code .one}) and a plural ({@code .other}) form in the bundles. The count runs in the
 * current tenant and is asked only when the module is on and the staff member has one of the roles.
 */
public record WaitingForStaff(List<String> roles, String link, String key, LongSupplier count) {

    public WaitingForStaff {
        roles = List.copyOf(roles);
    }

    public String describe(Locale locale) {
        return Texts.count(locale, key, count.getAsLong());
    }
}
