package nl.rugzak.tenantadmin.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * The realm's browser login: password, then a code from an authenticator app for everyone holding
 * {@link #ROLE} (staff, the lab) and for anyone else who set up an app. Staff without an app set one up at their
 * next login (Keycloak's own set-up page); a password alone never lets them in. Converged like the rest of the
 * realm: a flow that differs from this one is replaced.
 */
final class TwoFactorLogin {

    /** Composite part of every staff role; Keycloak's role condition checks one role, this one. */
    static final String ROLE = "two-factor";
    static final String FLOW = "rugzak browser";
    private static final String FORMS = "rugzak browser forms";
    private static final String STAFF_CODE = "rugzak staff code";
    private static final String OWN_CODE = "rugzak own code";
    private static final String BUILT_IN_BROWSER = "browser";

    private TwoFactorLogin() {
    }

    static void ensure(RealmResource realm) {
        AuthenticationManagementResource flows = realm.flows();
        var existing = flows.getFlows().stream().filter(f -> FLOW.equals(f.getAlias())).findFirst();
        if (existing.isPresent() && actual(flows).equals(expected())) {
            bind(realm, FLOW);
            return;
        }
        if (existing.isPresent()) {
            bind(realm, BUILT_IN_BROWSER);
            flows.deleteFlow(existing.get().getId());
        }
        create(flows);
        bind(realm, FLOW);
    }

    /** The flow's shape as level, step and requirement, with each condition's settings. */
    static List<String> expected() {
        return List.of(
                "0 auth-cookie ALTERNATIVE",
                "0 identity-provider-redirector ALTERNATIVE",
                "0 flow:" + FORMS + " ALTERNATIVE",
                "1 auth-username-password-form REQUIRED",
                "1 flow:" + STAFF_CODE + " CONDITIONAL",
                "2 conditional-user-role REQUIRED {condUserRole=" + ROLE + ", negate=false}",
                "2 auth-otp-form REQUIRED",
                "1 flow:" + OWN_CODE + " CONDITIONAL",
                "2 conditional-user-role REQUIRED {condUserRole=" + ROLE + ", negate=true}",
                "2 conditional-user-configured REQUIRED",
                "2 auth-otp-form REQUIRED");
    }

    private static List<String> actual(AuthenticationManagementResource flows) {
        List<String> shape = new ArrayList<>();
        for (AuthenticationExecutionInfoRepresentation step : flows.getExecutions(FLOW)) {
            String what = Boolean.TRUE.equals(step.getAuthenticationFlow()) ? "flow:" + step.getDisplayName()
                    : step.getProviderId();
            String line = step.getLevel() + " " + what + " " + step.getRequirement();
            if (step.getAuthenticationConfig() != null) {
                line += " " + new TreeMap<>(flows.getAuthenticatorConfig(step.getAuthenticationConfig()).getConfig());
            }
            shape.add(line);
        }
        return shape;
    }

    private static void create(AuthenticationManagementResource flows) {
        AuthenticationFlowRepresentation top = new AuthenticationFlowRepresentation();
        top.setAlias(FLOW);
        top.setDescription("Rugzak: password, and a code from an authenticator app for staff (role " + ROLE + ")");
        top.setProviderId("basic-flow");
        top.setTopLevel(true);
        top.setBuiltIn(false);
        try (Response response = flows.createFlow(top)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused the login flow: HTTP " + response.getStatus());
            }
        }
        step(flows, FLOW, "auth-cookie", "ALTERNATIVE");
        step(flows, FLOW, "identity-provider-redirector", "ALTERNATIVE");
        subflow(flows, FLOW, FORMS, "ALTERNATIVE");
        step(flows, FORMS, "auth-username-password-form", "REQUIRED");
        subflow(flows, FORMS, STAFF_CODE, "CONDITIONAL");
        configure(flows, step(flows, STAFF_CODE, "conditional-user-role", "REQUIRED"), "rugzak staff",
                Map.of("condUserRole", ROLE, "negate", "false"));
        step(flows, STAFF_CODE, "auth-otp-form", "REQUIRED");
        subflow(flows, FORMS, OWN_CODE, "CONDITIONAL");
        configure(flows, step(flows, OWN_CODE, "conditional-user-role", "REQUIRED"), "rugzak not staff",
                Map.of("condUserRole", ROLE, "negate", "true"));
        step(flows, OWN_CODE, "conditional-user-configured", "REQUIRED");
        step(flows, OWN_CODE, "auth-otp-form", "REQUIRED");
    }

    private static String step(AuthenticationManagementResource flows, String flow, String provider, String requirement) {
        flows.addExecution(flow, Map.of("provider", provider));
        AuthenticationExecutionInfoRepresentation added = flows.getExecutions(flow).stream()
                .filter(e -> e.getLevel() == 0 && provider.equals(e.getProviderId())
                        && !Boolean.TRUE.equals(e.getAuthenticationFlow()))
                .reduce((first, second) -> second).orElseThrow();
        added.setRequirement(requirement);
        flows.updateExecutions(flow, added);
        return added.getId();
    }

    private static void subflow(AuthenticationManagementResource flows, String parent, String alias, String requirement) {
        flows.addExecutionFlow(parent, Map.of("alias", alias, "type", "basic-flow", "provider", "registration-page-form",
                "description", alias));
        AuthenticationExecutionInfoRepresentation added = flows.getExecutions(parent).stream()
                .filter(e -> e.getLevel() == 0 && Boolean.TRUE.equals(e.getAuthenticationFlow())
                        && alias.equals(e.getDisplayName()))
                .findFirst().orElseThrow();
        added.setRequirement(requirement);
        flows.updateExecutions(parent, added);
    }

    private static void configure(AuthenticationManagementResource flows, String executionId, String alias,
                                  Map<String, String> settings) {
        AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
        config.setAlias(alias);
        config.setConfig(settings);
        try (Response response = flows.newExecutionConfig(executionId, config)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused the setting " + alias + ": HTTP " + response.getStatus());
            }
        }
    }

    private static void bind(RealmResource realm, String flow) {
        RealmRepresentation binding = new RealmRepresentation();
        binding.setBrowserFlow(flow);
        realm.update(binding);
    }
}
