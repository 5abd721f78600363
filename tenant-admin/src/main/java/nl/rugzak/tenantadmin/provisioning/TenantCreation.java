package nl.rugzak.tenantadmin.provisioning;

import nl.rugzak.tenantadmin.text.UserText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.rugzak.tenantadmin.identity.IdentityClientStore;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantNaming;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.registry.TextKey;
import nl.rugzak.tenantadmin.schemas.TenantSchemas;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Creating a tenant in one go, for the system itself (demo data, tests, restore): the same steps as the
 * {@link ProvisioningPipeline}, run inline; if one fails, everything this call made is removed again. Input is
 * checked in full before anything is written.
 */
@Service
public class TenantCreation {

    private static final Logger log = LoggerFactory.getLogger(TenantCreation.class);
    static final Set<String> SUPPORTED_LOCALES = Set.of("nl", "en");

    private final TenantRegistryStore store;
    private final TenantRegistry registry;
    private final TenantSchemas schemas;
    private final TenantRealms realms;
    private final IdentityClientStore clients;
    private final ProvisioningSteps steps;
    private final String adminHost;

    public TenantCreation(TenantRegistryStore store, TenantRegistry registry, TenantSchemas schemas,
                          TenantRealms realms, IdentityClientStore clients, ProvisioningSteps steps,
                          @Value("${rugzak.admin-host:admin.localhost}") String adminHost) {
        this.store = store;
        this.registry = registry;
        this.schemas = schemas;
        this.realms = realms;
        this.clients = clients;
        this.steps = steps;
        this.adminHost = TenantNaming.normaliseHost(adminHost);
    }

    public Tenant create(NewTenant request) {
        return create(new ProvisioningRequest(request, null, List.of()));
    }

    /**
     * Creates the tenant but leaves its realm to {@code IdentityConvergence}, which provisions every realm once
     * Keycloak is up; for seeding at startup, when the embedded Keycloak is still starting.
     */
    public Tenant createLeavingIdentityForLater(NewTenant request) {
        return create(new ProvisioningRequest(request, null, List.of()),
                List.of(ProvisioningStep.REALM, ProvisioningStep.FIRST_ADMIN));
    }

    public Tenant create(ProvisioningRequest request) {
        return create(request, List.of());
    }

    private Tenant create(ProvisioningRequest request, List<ProvisioningStep> skipped) {
        Map<String, TextKey> problems = problems(request.tenant());
        if (!problems.isEmpty()) {
            throw new TenantValidationException(problems);
        }
        TenantId id = new TenantId(request.tenant().slug());
        boolean registered = false;
        try {
            for (ProvisioningStep step : ProvisioningStep.values()) {
                if (skipped.contains(step)) {
                    continue;
                }
                steps.run(step, request);
                registered = true;
            }
        } catch (RuntimeException e) {
            if (registered) {
                log.error("Creating tenant {} failed; removing what was created", id, e);
                try {
                    removeEverything(id);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        return registry.find(id).orElseThrow();
    }

    /**
     * Removes a tenant's realm, schema, role and registry rows, whichever of them exist. A Keycloak that cannot be
     * reached is an error (the realm would be left behind), a realm that is already gone is not.
     */
    public void removeEverything(TenantId id) {
        try {
            if (realms.enabled()) {
                try {
                    realms.server().admin().realm(TenantRealms.realmOf(id)).remove();
                } catch (jakarta.ws.rs.NotFoundException alreadyGone) {
                    log.debug("Realm of {} did not exist", id);
                }
            }
            clients.forget(TenantRealms.realmOf(id));
            schemas.drop(id);
        } finally {
            store.forget(id);
        }
    }

    Map<String, TextKey> problems(NewTenant request) {
        Map<String, TextKey> problems = new LinkedHashMap<>();
        String name = request.displayName() == null ? "" : request.displayName();
        if (UserText.visibleLength(name) < 2 || UserText.length(name) > 120) {
            problems.put("displayName", new TextKey("provisioning.display-name.invalid"));
        }
        TenantNaming.slugProblem(request.slug()).ifPresentOrElse(p -> problems.put("slug", p), () -> {
            if (store.slugTaken(request.slug())) {
                problems.put("slug", new TextKey("provisioning.slug.taken", request.slug()));
            }
        });
        List<String> hosts = new ArrayList<>();
        hosts.add(request.primaryHost());
        hosts.addAll(request.aliasHosts());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < hosts.size(); i++) {
            String field = i == 0 ? "primaryHost" : "aliasHosts";
            hostProblem(hosts.get(i), seen).ifPresent(problem -> problems.putIfAbsent(field, problem));
        }
        if (request.locales().isEmpty() || !SUPPORTED_LOCALES.containsAll(request.locales())) {
            problems.put("locales", new TextKey("provisioning.locales.invalid"));
        }
        return problems;
    }

    /** Why a host cannot be added to any tenant now, if it cannot. */
    public java.util.Optional<TextKey> domainProblem(String host) {
        return hostProblem(host, new HashSet<>());
    }

    /** Why a host cannot be added (format, the admin host, twice, or another tenant's), if it cannot. */
    java.util.Optional<TextKey> hostProblem(String host, Set<String> seen) {
        var problem = TenantNaming.hostProblem(host);
        if (problem.isPresent()) {
            return problem;
        }
        String normalised = TenantNaming.normaliseHost(host);
        if (normalised.equals(adminHost)) {
            return java.util.Optional.of(new TextKey("provisioning.host.admin-host", normalised));
        }
        if (!seen.add(normalised)) {
            return java.util.Optional.of(new TextKey("provisioning.host.twice", normalised));
        }
        if (store.hostTaken(normalised)) {
            return java.util.Optional.of(new TextKey("provisioning.host.taken", normalised));
        }
        return java.util.Optional.empty();
    }
}
