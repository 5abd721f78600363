package nl.rugzak.tenantadmin.mail;

import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Until the lab sets a municipality's own sender, mail goes out in the municipality's name from an address on its
 * primary host (or the deployment's {@code rugzak.mail.from}), with replies to its contact address.
 */
@Component
class RegistryMailIdentities implements MailIdentities {

    private final TenantRegistry registry;
    private final String deploymentFrom;

    RegistryMailIdentities(TenantRegistry registry, @Value("${rugzak.mail.from:}") String deploymentFrom) {
        this.registry = registry;
        this.deploymentFrom = deploymentFrom;
    }

    @Override
    public MailIdentity of(TenantId tenant) {
        Tenant known = registry.find(tenant)
                .orElseThrow(() -> new IllegalArgumentException("Unknown tenant " + tenant));
        String from = deploymentFrom.isBlank() ? "noreply@" + known.primaryHost() : deploymentFrom;
        String replyTo = known.contact().email() == null ? from : known.contact().email();
        return new MailIdentity(known.displayName(), from, replyTo, known.displayName() + " · " + known.primaryHost());
    }
}
