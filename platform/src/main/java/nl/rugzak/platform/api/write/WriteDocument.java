package nl.rugzak.platform.api.write;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.rugzak.tenantadmin.identity.RealmSpec;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The write API in the OpenAPI document: the residents' bearer token as security scheme, required on every
 * operation that changes something, and the problems each of them may answer. The modules' write controllers
 * describe themselves with springdoc's annotations; this adds what is the same for all of them. The document is
 * the same on every host, so the scheme says where a municipality's own sign-in service is instead of naming one.
 */
@Component
class WriteDocument implements OpenApiCustomizer {

    static final String SCHEME = "residentToken";
    private static final String PROBLEM = "application/problem+json";

    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", "The body is not the JSON this operation takes.");
        PROBLEMS.put("401", "No access token, or one that does not count here: expired, of another municipality, for "
                + "another client, or not an access token (WWW-Authenticate: Bearer).");
        PROBLEMS.put("403", "This resident may not do this (e.g. blocked from posting, or not eligible here).");
        PROBLEMS.put("404", "No such public item here, or its module is switched off at this municipality.");
        PROBLEMS.put("409", "The item's state refuses it: done already, not open (yet), full, or the site is read-only.");
        PROBLEMS.put("415", "The body is not application/json.");
        PROBLEMS.put("422", "The input is not valid; 'errors' names each field's problem.");
        PROBLEMS.put("429", "Too much in too short a time; Retry-After says when to try again.");
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token of this municipality's own sign-in service "
                        + "(Keycloak realm at <keycloak>/realms/<municipality>): authorization code flow with PKCE "
                        + "(S256) for the public client '" + RealmSpec.API_CLIENT_ID + "', redirect URI "
                        + "<this site>" + RealmSpec.API_REDIRECT_PATH + ". The token counts only at the municipality "
                        + "that issued it and only until it expires (5 minutes); the resident acts as on the site, "
                        + "under the same rules (rate limits, moderation, eligibility, phases)."));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                    && method != PathItem.HttpMethod.OPTIONS) {
                describe(operation);
            }
        }));
    }

    private static void describe(Operation operation) {
        operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        // springdoc adds a generic 200 for a void method; our writes answer 201 or 204 as their annotations say.
        if (responses.size() > 1) {
            responses.remove("200");
        }
        PROBLEMS.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                JsonSchema problem = new JsonSchema();
                problem.set$ref("#/components/schemas/Problem");
                responses.addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType(PROBLEM, new MediaType().schema(problem))));
            }
        });
        operation.responses(responses);
    }
}
