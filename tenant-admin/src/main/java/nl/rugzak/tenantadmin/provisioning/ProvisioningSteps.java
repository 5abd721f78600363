package nl.rugzak.tenantadmin.provisioning;

import java.util.List;
import java.util.Map;

import nl.rugzak.tenantadmin.identity.AdminInvitations;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantCapReached;
import nl.rugzak.tenantadmin.registry.TenantNaming;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.registry.TextKey;
import nl.rugzak.tenantadmin.schemas.TenantSchemas;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * What each provisioning step does. Every step checks what already exists and only adds what is missing, so a
 * step can run again after a failure or a restart and end where a clean run would. Returns a short note for the
 * lab admin (the first admin's set-password link, or a text key), or null.
 */
@Component
class ProvisioningSteps {

    /** Notes are kept with the run and shown in the lab admin's language, so a note is a text key or a link. */
    static final String NO_KEYCLOAK_LOGIN = "provisioning.note.no-keycloak-login";
    static final String NO_KEYCLOAK_ADMIN = "provisioning.note.no-keycloak-admin";
    static final String ADMIN_MAILED = "provisioning.note.admin-mailed";

    private final TenantRegistryStore store;
    private final TenantRegistry registry;
    private final TenantSchemas schemas;
    private final TenantRealms realms;
    private final AdminInvitations invitations;
    private final List<StarterContent> starterContent;
    private final List<StepObserver> observers;
    private final TenantCap cap;

    ProvisioningSteps(TenantRegistryStore store, TenantRegistry registry, TenantSchemas schemas, TenantRealms realms,
                      AdminInvitations invitations, List<StarterContent> starterContent, List<StepObserver> observers,
                      TenantCap cap) {
        this.cap = cap;
        this.store = store;
        this.registry = registry;
        this.schemas = schemas;
        this.realms = realms;
        this.invitations = invitations;
        this.starterContent = starterContent;
        this.observers = observers;
    }

    String run(ProvisioningStep step, ProvisioningRequest request) {
        TenantId id = new TenantId(request.tenant().slug());
        observers.forEach(observer -> observer.beforeStep(id, step));
        return switch (step) {
            case REGISTER -> register(id, request);
            case SCHEMA -> {
                if (!schemas.exists(id)) {
                    schemas.create(id);
                }
                yield null;
            }
            case MIGRATIONS -> {
                schemas.migrate(id);
                store.recordSchemaFingerprint(id, schemas.currentFingerprint());
                yield null;
            }
            case REALM -> {
                if (!realms.enabled()) {
                    yield NO_KEYCLOAK_LOGIN;
                }
                realms.provision(tenant(id));
                yield null;
            }
            case FIRST_ADMIN -> firstAdmin(id, request.firstAdmin());
            case STARTER_CONTENT -> {
                Tenant tenant = tenant(id);
                TenantContext.run(id, () -> starterContent.forEach(content -> content.seed(tenant)));
                yield null;
            }
            case ACTIVATE -> {
                store.setStatus(id, TenantStatus.ACTIVE);
                yield null;
            }
        };
    }

    private String register(TenantId id, ProvisioningRequest request) {
        if (registry.find(id).isPresent()) {
            return null;
        }
        NewTenant tenant = request.tenant();
        try {
            store.register(id, tenant.displayName().trim(), tenant.locales(),
                    TenantNaming.normaliseHost(tenant.primaryHost()),
                    tenant.aliasHosts().stream().map(TenantNaming::normaliseHost).toList());
        } catch (DuplicateKeyException e) {
            throw new TenantValidationException(Map.of("slug", new TextKey("provisioning.slug.just-taken")));
        } catch (RuntimeException e) {
            if (TenantCapReached.causedBy(e)) {
                throw cap.refusal();
            }
            throw e;
        }
        store.setModules(id, request.modules());
        return null;
    }

    private String firstAdmin(TenantId id, FirstAdmin admin) {
        if (admin == null) {
            return null;
        }
        if (!realms.enabled()) {
            return NO_KEYCLOAK_ADMIN;
        }
        if (realms.canMail()) {
            invitations.inviteByMail(tenant(id), admin.firstName(), admin.lastName(), admin.email(),
                    List.of("resident", "tenant-admin"));
            return ADMIN_MAILED;
        }
        return invitations.invite(tenant(id), admin.firstName(), admin.lastName(), admin.email());
    }

    private Tenant tenant(TenantId id) {
        registry.invalidate();
        return registry.find(id).orElseThrow(() -> new IllegalStateException("Tenant " + id + " is not registered"));
    }
}
