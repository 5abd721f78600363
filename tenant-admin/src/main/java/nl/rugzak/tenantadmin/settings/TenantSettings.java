package nl.rugzak.tenantadmin.settings;

import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.security.access.prepost.PreAuthorize;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.mail.MailIdentity;
import nl.rugzak.tenantadmin.mail.MailIdentityStore;
import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantNaming;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.UserFacingException;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * A municipality's configuration, changed without a restart: the registry cache is dropped on every change, so
 * the next request sees it; domain changes are carried into the realm's redirect URIs straight away.
 */
@Service
public class TenantSettings {

    /** A setting that cannot be saved as given; the message is for the lab admin. */
    public static class SettingsException extends UserFacingException {
        public SettingsException(String key, Object... args) {
            super(key, args);
        }
    }

    private final TenantRegistry registry;
    private final TenantRegistryStore store;
    private final TenantCreation creation;
    private final TenantRealms realms;
    private final ModuleCatalogue catalogue;
    private final AuditLog audit;
    private final MailIdentityStore mailIdentities;

    public TenantSettings(TenantRegistry registry, TenantRegistryStore store, TenantCreation creation,
                          TenantRealms realms, ModuleCatalogue catalogue, AuditLog audit,
                          MailIdentityStore mailIdentities) {
        this.mailIdentities = mailIdentities;
        this.registry = registry;
        this.store = store;
        this.creation = creation;
        this.realms = realms;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void addAlias(TenantId id, String host) {
        String normalised = TenantNaming.normaliseHost(host);
        change(id, "tenant.domain.add", normalised, tenant -> {
            creation.domainProblem(host).ifPresent(problem -> {
                throw new SettingsException(problem.key(), problem.args());
            });
            store.addAlias(id, normalised);
        }, true);
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void removeAlias(TenantId id, String host) {
        change(id, "tenant.domain.remove", host, tenant -> {
            if (host.equals(tenant.primaryHost())) {
                throw new SettingsException("settings.primary-domain-stays");
            }
            if (!tenant.aliasHosts().contains(host)) {
                throw new SettingsException("settings.not-a-domain", host);
            }
            store.removeAlias(id, host);
        }, true);
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void makePrimary(TenantId id, String host) {
        change(id, "tenant.domain.primary", host, tenant -> {
            if (!tenant.aliasHosts().contains(host)) {
                throw new SettingsException("settings.add-domain-first", host);
            }
            store.makePrimary(id, host);
        }, true);
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void setLocales(TenantId id, List<String> locales) {
        changeLocales(id, locales);
    }

    /** A municipality's own admin chooses which languages its site offers; always its own tenant. */
    @PreAuthorize("hasRole('tenant-admin')")
    public void setOwnLocales(List<String> locales) {
        changeLocales(TenantContext.require(), locales);
    }

    private void changeLocales(TenantId id, List<String> locales) {
        change(id, "tenant.locales", String.join(",", locales), tenant -> {
            if (locales.isEmpty() || !List.of("nl", "en").containsAll(locales) || new HashSet<>(locales).size() != locales.size()) {
                throw new SettingsException("settings.languages-invalid");
            }
            store.setLocales(id, locales);
        }, true);
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void setContact(TenantId id, Tenant.Contact contact) {
        change(id, "tenant.contact", contact.email() + " " + contact.phone(), tenant -> {
            String email = blankToNull(contact.email());
            String phone = blankToNull(contact.phone());
            if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
                throw new SettingsException("settings.email-invalid");
            }
            if (phone != null && !phone.matches("[+0-9 ()-]{6,20}")) {
                throw new SettingsException("settings.phone-invalid");
            }
            store.setContact(id, new Tenant.Contact(email, phone));
        }, false);
    }

    /**
     * How the municipality signs its mail (Keycloak's and Rugzak's own). Empty Reply-To and footer mean "the default";
     * the realm follows straight away, so Keycloak's next mail already uses the new sender.
     */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void setMailIdentity(TenantId id, MailIdentity identity) {
        String sender = trim(identity.senderName());
        String from = trim(identity.fromAddress());
        String replyTo = blankToNull(identity.replyTo());
        String footer = blankToNull(identity.footer());
        change(id, "tenant.mail-identity", sender + " <" + from + "> reply-to " + replyTo, tenant -> {
            // Header values: a line break would let a name add its own mail headers.
            if (sender.isEmpty() || sender.length() > 80 || sender.chars().anyMatch(Character::isISOControl)
                    || sender.matches(".*[<>\"].*")) {
                throw new SettingsException("settings.mail.sender-invalid");
            }
            if (!isAddress(from)) {
                throw new SettingsException("settings.mail.from-invalid");
            }
            if (replyTo != null && !isAddress(replyTo)) {
                throw new SettingsException("settings.mail.reply-to-invalid");
            }
            if (footer != null && footer.length() > 500) {
                throw new SettingsException("settings.mail.footer-too-long");
            }
            mailIdentities.save(id, new MailIdentity(sender, from, replyTo, footer));
        }, true);
    }

    private static boolean isAddress(String email) {
        return email != null && email.length() <= 254 && email.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    /** The enabled modules, in the order the site shows them. */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void setModules(TenantId id, List<String> modules) {
        changeModules(id, modules);
    }

    /**
     * A municipality's own admin chooses its modules from its back-office. The tenant is the request's own, never
     * one the caller names.
     */
    @PreAuthorize("hasRole('tenant-admin')")
    public void setOwnModules(List<String> modules) {
        changeModules(TenantContext.require(), modules);
    }

    private void changeModules(TenantId id, List<String> modules) {
        change(id, "tenant.modules", String.join(",", modules), tenant -> {
            for (String module : modules) {
                if (catalogue.find(module).isEmpty()) {
                    throw new SettingsException("settings.module-unknown", module);
                }
            }
            if (new HashSet<>(modules).size() != modules.size()) {
                throw new SettingsException("settings.module-twice");
            }
            store.setModules(id, modules);
        }, false);
    }

    private void change(TenantId id, String action, String details, Consumer<Tenant> change, boolean realmFollows) {
        Tenant tenant = registry.find(id).orElseThrow(() -> new SettingsException("settings.no-such-tenant"));
        try {
            change.accept(tenant);
        } catch (SettingsException e) {
            audit.record(LabActor.current(), action, id.slug(), details + ": " + e.getMessage(), AuditLog.Outcome.REFUSED);
            throw e;
        }
        audit.record(LabActor.current(), action, id.slug(), details, AuditLog.Outcome.SUCCEEDED);
        if (realmFollows && realms.enabled()) {
            try {
                realms.provision(registry.find(id).orElseThrow());
            } catch (RuntimeException e) {
                audit.record(LabActor.current(), "tenant.realm.sync", id.slug(), e.toString(), AuditLog.Outcome.FAILED);
                throw new SettingsException("settings.realm-not-updated");
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
