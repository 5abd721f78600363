package nl.rugzak.tenantadmin.provisioning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantNaming;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.schemas.TenantSchemas;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Creates a tenant: registry rows, role and schema, migrations, then active. Input is checked in full before
 * anything is written; if a later step fails, what this call created is removed again, so no half-made tenant
 * is left behind.
 */
@Service
public class TenantCreation {

    private static final Logger log = LoggerFactory.getLogger(TenantCreation.class);
    static final Set<String> SUPPORTED_LOCALES = Set.of("nl", "en");

    private final TenantRegistryStore store;
    private final TenantRegistry registry;
    private final TenantSchemas schemas;
    private final TenantRealms realms;
    private final String adminHost;

    public TenantCreation(TenantRegistryStore store, TenantRegistry registry, TenantSchemas schemas,
                          TenantRealms realms, @Value("${rugzak.admin-host:admin.localhost}") String adminHost) {
        this.store = store;
        this.registry = registry;
        this.schemas = schemas;
        this.realms = realms;
        this.adminHost = TenantNaming.normaliseHost(adminHost);
    }

    public Tenant create(NewTenant request) {
        Map<String, String> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new TenantValidationException(problems);
        }
        TenantId id = new TenantId(request.slug());
        List<String> aliases = request.aliasHosts().stream().map(TenantNaming::normaliseHost).toList();
        try {
            store.register(id, request.displayName().trim(), request.locales(),
                    TenantNaming.normaliseHost(request.primaryHost()), aliases);
        } catch (DuplicateKeyException e) {
            // Someone registered the same slug or host between our check and our insert.
            throw new TenantValidationException(Map.of("slug", "Deze korte naam of dit domein is net door een andere gemeente in gebruik genomen."));
        }
        boolean schemaCreated = false;
        try {
            schemas.create(id);
            schemaCreated = true;
            schemas.migrate(id);
            store.recordSchemaFingerprint(id, schemas.currentFingerprint());
            store.setStatus(id, TenantStatus.ACTIVE);
        } catch (RuntimeException e) {
            log.error("Creating tenant {} failed; removing what was created", id, e);
            undo(id, schemaCreated);
            throw e;
        }
        Tenant created = registry.find(id).orElseThrow();
        provisionRealm(created);
        return created;
    }

    /** The site serves without its realm; until the realm exists, logging in there says it is not possible yet. */
    private void provisionRealm(Tenant tenant) {
        if (!realms.enabled()) {
            return;
        }
        try {
            realms.provision(tenant);
        } catch (RuntimeException e) {
            log.error("Tenant {} was created, but its Keycloak realm could not be provisioned yet: {}", tenant.id(),
                    e.toString());
        }
    }

    private void undo(TenantId id, boolean schemaCreated) {
        try {
            if (schemaCreated) {
                schemas.drop(id);
            }
        } finally {
            store.forget(id);
        }
    }

    Map<String, String> problems(NewTenant request) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = request.displayName() == null ? "" : request.displayName().trim();
        if (name.length() < 2 || name.length() > 120) {
            problems.put("displayName", "Vul de naam van de gemeente in (2 tot 120 tekens), bijvoorbeeld 'Gemeente Voorbeeldstad'.");
        }
        TenantNaming.slugProblem(request.slug()).ifPresentOrElse(p -> problems.put("slug", p), () -> {
            if (store.slugTaken(request.slug())) {
                problems.put("slug", "De korte naam '" + request.slug() + "' is al in gebruik.");
            }
        });
        List<String> hosts = new ArrayList<>();
        hosts.add(request.primaryHost());
        hosts.addAll(request.aliasHosts());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < hosts.size(); i++) {
            String field = i == 0 ? "primaryHost" : "aliasHosts";
            String host = hosts.get(i);
            var problem = TenantNaming.hostProblem(host);
            if (problem.isPresent()) {
                problems.putIfAbsent(field, problem.get());
                continue;
            }
            String normalised = TenantNaming.normaliseHost(host);
            if (normalised.equals(adminHost)) {
                problems.putIfAbsent(field, "'" + normalised + "' is het adres van het tenantbeheer en kan geen gemeentesite zijn.");
            } else if (!seen.add(normalised)) {
                problems.putIfAbsent(field, "Het domein '" + normalised + "' staat er twee keer in.");
            } else if (store.hostTaken(normalised)) {
                problems.putIfAbsent(field, "Het domein '" + normalised + "' is al in gebruik bij een andere gemeente.");
            }
        }
        if (request.locales().isEmpty() || !SUPPORTED_LOCALES.containsAll(request.locales())) {
            problems.put("locales", "Kies minstens één taal: Nederlands (nl) en/of Engels (en).");
        }
        return problems;
    }
}
