package nl.rugzak.tenantadmin.mail;

import java.util.Optional;

import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the lab set for a municipality (see {@link MailIdentityStore}); every part it left empty falls back to the
 * default: mail in the municipality's name from an address on its primary host (or the deployment's
 * {@code rugzak.mail.from}), with replies to its contact address.
 */
@Component
class RegistryMailIdentities implements MailIdentities {

    private final TenantRegistry registry;
    private final MailIdentityStore store;
    private final String deploymentFrom;

    RegistryMailIdentities(TenantRegistry registry, MailIdentityStore store,
                           @Value("${rugzak.mail.from:}") String deploymentFrom) {
        this.registry = registry;
        this.store = store;
        this.deploymentFrom = deploymentFrom;
    }

    @Override
    public MailIdentity of(TenantId tenant) {
        Tenant known = registry.find(tenant)
                .orElseThrow(() -> new IllegalArgumentException("Unknown tenant " + tenant));
        MailIdentity fallback = defaults(known);
        Optional<MailIdentity> stored = store.find(tenant);
        if (stored.isEmpty()) {
            return fallback;
        }
        MailIdentity set = stored.get();
        return new MailIdentity(or(set.senderName(), fallback.senderName()), or(set.fromAddress(), fallback.fromAddress()),
                or(set.replyTo(), fallback.replyTo()), or(set.footer(), fallback.footer()));
    }

    /** The identity a municipality has before the lab sets one. */
    MailIdentity defaults(Tenant known) {
        String from = deploymentFrom.isBlank() ? "noreply@" + known.primaryHost() : deploymentFrom;
        String replyTo = known.contact().email() == null ? from : known.contact().email();
        return new MailIdentity(known.displayName(), from, replyTo, known.displayName() + " · " + known.primaryHost());
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
