package nl.rugzak.platform.api.write;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.rugzak.platform.support.Browser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a resident's app does to get tokens, over plain HTTP as a browser and an app would: the authorization request
 * with a PKCE challenge, Keycloak's own login form, the redirect with the code, and the code exchanged for tokens
 * with the verifier. No password grant: the realm allows none.
 */
final class AuthorizationCodeFlow {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The tokens the token endpoint answered, and where the resident's browser was sent with the code. */
    record Tokens(String accessToken, String idToken, String redirectedTo) {
    }

    private AuthorizationCodeFlow() {
    }

    /**
     * Logs in as {@code username} at the realm's login page for {@code clientId} and exchanges the code; a client
     * secret only for a confidential client (the site's own, to get a token of another audience).
     */
    static Tokens tokens(Browser browser, String issuer, String clientId, String clientSecret, String redirectUri,
                         String username, String password) {
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(12);
        String authorize = issuer + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", clientId, "response_type", "code", "scope", "openid profile email",
                "redirect_uri", redirectUri, "state", state, "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));
        HttpResponse<String> loginPage = browser.get(authorize);
        if (loginPage.statusCode() != 200) {
            throw new IllegalStateException("No login page: " + loginPage.statusCode() + " " + loginPage.body());
        }
        HttpResponse<String> afterLogin = browser.post(formAction(loginPage), Map.of("username", username,
                "password", password));
        if (!Browser.isRedirect(afterLogin)) {
            throw new IllegalStateException("The login did not redirect: " + afterLogin.statusCode());
        }
        String location = Browser.location(afterLogin);
        if (!location.startsWith(redirectUri + "?")) {
            throw new IllegalStateException("Redirected elsewhere: " + location);
        }
        Map<String, String> answer = query(URI.create(location).getRawQuery());
        if (!state.equals(answer.get("state"))) {
            throw new IllegalStateException("State lost: " + location);
        }
        Map<String, String> exchange = new LinkedHashMap<>(Map.of("grant_type", "authorization_code",
                "code", answer.get("code"), "redirect_uri", redirectUri, "client_id", clientId,
                "code_verifier", verifier));
        if (clientSecret != null) {
            exchange.put("client_secret", clientSecret);
        }
        HttpResponse<String> token = browser.post(issuer + "/protocol/openid-connect/token", exchange);
        if (token.statusCode() != 200) {
            throw new IllegalStateException("Token exchange refused: " + token.statusCode() + " " + token.body());
        }
        JsonNode tokens = JSON.readTree(token.body());
        return new Tokens(tokens.get("access_token").asString(), tokens.get("id_token").asString(), location);
    }

    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String form(Map<String, String> values) {
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String formAction(HttpResponse<String> page) {
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("No form on the login page");
        }
        return action.group(1).replace("&amp;", "&");
    }
}
