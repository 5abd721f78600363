package nl.rugzak.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the realm sends a resident back after they allowed an app to act for them (the API client's only redirect
 * address, exact, on each site of the municipality): it shows the authorization code so a tool without a web
 * address of its own (a script, a native app) can take it over. The code alone is worth nothing: exchanging it needs
 * the PKCE verifier only the app holds, within a minute. Never cached, never kept.
 */
@Hidden
@RestController
class ApiAuthorized {

    private final ApiSite site;

    ApiAuthorized(ApiSite site) {
        this.site = site;
    }

    @GetMapping(path = ApiController.BASE + "/authorized", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> authorized(@RequestParam(required = false) String code,
                                 @RequestParam(required = false) String state,
                                 @RequestParam(required = false) String error, HttpServletRequest request) {
        site.require();
        Map<String, Object> body = new LinkedHashMap<>();
        if (code == null || code.isBlank() || error != null) {
            return ApiProblems.answer(HttpStatus.BAD_REQUEST, "No authorization code arrived" + (error == null ? "" : " (the sign-in "
                    + "service answered '" + error.replaceAll("[^a-z_]", "") + "')") + "; start again at the "
                    + "authorization endpoint with client_id rugzak-api and a PKCE challenge.", request);
        }
        body.put("code", code);
        body.put("state", state);
        body.put("next", "Exchange the code with your PKCE verifier at the token endpoint of this municipality's "
                + "sign-in service (grant_type=authorization_code, client_id=rugzak-api).");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer")
                .body(body);
    }
}
